package it.ordo.domain.inventory;

/** Why a stock counter moved. */
public enum MovementKind {
    /** Goods arrived: on hand up. */
    RECEIPT,
    /** Inventory correction: on hand up or down. */
    ADJUSTMENT,
    /** Reserved for an order line: allocated up. */
    ALLOCATE,
    /** Reservation given back (cancellation): allocated down. */
    RELEASE,
    /** Goods left: on hand and allocated down together. */
    SHIP
}

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
    SHIP,
    /** Returned goods held back for inspection: the quarantine bucket up, on hand untouched. */
    QUARANTINE,
    /** Goods scrapped (returned unusable): no counter moves; the row keeps the quantity and its value at cost. */
    WRITE_OFF,
    /** Goods in quarantine judged sellable after all: the quarantine bucket down, on hand up by as much. */
    UNQUARANTINE
}

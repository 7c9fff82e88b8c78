package it.ordo.domain.order;

/**
 * The orders a dashboard figure counts, as a list to follow up: the order list narrowed to the orders
 * behind a tile, by the same definition the tile counts with (docs/kpi.md).
 */
public enum OrderFollowUp {

    /** Open (confirmed, picking, packed, partly shipped, or held after confirmation) and promised before today. */
    LATE,

    /** Open, as {@link #LATE}, with a line waiting for stock (backordered). */
    WAITING_FOR_STOCK,

    /**
     * Sold: confirmed and not cancelled since; the days of the list are then the days of confirmation, not of
     * entry, as the sales figures count them.
     */
    SOLD
}

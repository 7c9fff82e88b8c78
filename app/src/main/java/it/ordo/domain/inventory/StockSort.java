package it.ordo.domain.inventory;

/** The columns the stock list can be sorted by; the repository maps each to a fixed query path. */
public enum StockSort {
    SKU, DESCRIPTION, CATEGORY, WAREHOUSE, ON_HAND, ALLOCATED, AVAILABLE, INCOMING, NEXT_EXPECTED, REORDER_POINT,
    BACKORDERED
}

package it.ordo.application.reporting;

/** What a sales report groups by. */
public enum SalesGrouping {
    CUSTOMER, CHANNEL, PRODUCT, CATEGORY
}

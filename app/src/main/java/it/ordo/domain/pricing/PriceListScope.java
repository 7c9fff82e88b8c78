package it.ordo.domain.pricing;

/** Whom a price list is for. */
public enum PriceListScope {
    /** The base list: every customer. */
    ALL,
    /** The customers of one group (installers, resellers…). */
    GROUP,
    /** One customer's negotiated net prices. */
    CUSTOMER
}

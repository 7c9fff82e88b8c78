package it.ordo.domain.pricing;

/** Which kind of list a price came from, in order of precedence. */
public enum PriceSource {
    /** The customer's own negotiated list: net prices, no tier/category/promotion discount on top. */
    CUSTOMER,
    /** The list of the customer's group (e.g. "installers"). */
    GROUP,
    /** The base list every customer falls back to. */
    BASE
}

package it.ordo.application.order;

/** How the lines of an order placed through the one order path are priced. */
public enum LinePricing {
    /** From the customer's price lists, rules and promotions: every order a customer asks for. */
    PRICE_LISTS,
    /** At no charge: a return's replacement order, whose goods the customer already paid for. */
    REPLACEMENT
}

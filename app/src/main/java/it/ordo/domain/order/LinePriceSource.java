package it.ordo.domain.order;

/**
 * Where an order line's price came from, kept on the line: the kind of price list that priced it (as pricing
 * says, {@code domain.pricing.PriceSource}), or no list at all for a free replacement.
 */
public enum LinePriceSource {
    /** The customer's own negotiated list. */
    CUSTOMER,
    /** The list of the customer's group. */
    GROUP,
    /** The base list. */
    BASE,
    /** No charge: the goods replace ones the customer returned (a return's replacement order). */
    REPLACEMENT
}

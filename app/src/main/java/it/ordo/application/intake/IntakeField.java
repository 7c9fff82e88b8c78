package it.ordo.application.intake;

/** The Ordo field a column of a customer's file feeds. */
public enum IntakeField {
    /** Rows with the same key are one order; without this column the file is one order per customer. */
    ORDER_KEY,
    /** The customer's code or Partita IVA (when the file does not name one customer for all its rows). */
    CUSTOMER,
    SKU,
    EAN,
    /** The customer's own code for the article, resolved through the cross-reference. */
    CUSTOMER_ARTICLE,
    /** Shown beside an unknown code, to help choose the product. */
    DESCRIPTION,
    QUANTITY,
    /** The price the customer expects: compared with ours, a difference is a warning. */
    UNIT_PRICE,
    REQUESTED_DATE,
    NOTES
}

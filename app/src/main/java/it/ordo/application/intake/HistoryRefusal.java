package it.ordo.application.intake;

/** Why a row of a past-orders file was not imported. */
public enum HistoryRefusal {
    NO_ORDER_KEY,
    NO_PRODUCT,
    TOO_LONG,
    BAD_QUANTITY,
    BAD_PRICE,
    BAD_DISCOUNT,
    BAD_DATE,
    BAD_STATUS,
    /** A negative quantity on an order that is not a cancellation: a stock adjustment, not a sale. */
    NEGATIVE_QUANTITY,
    /** A positive quantity on a cancellation. */
    POSITIVE_IN_CANCELLATION,
    /** A negative price: an accounting adjustment (bad debt), not goods sold. */
    NEGATIVE_PRICE,
    /** No price and no customer: a stock correction written as a sale line. */
    ZERO_PRICE_NO_CUSTOMER,
    /** The same row, every cell equal, a second time in its order. */
    DUPLICATE_LINE,
    /** A row of an order whose first row names another customer. */
    OTHER_CUSTOMER,
    /** A ship date that is no date. */
    BAD_SHIP_DATE,
    /** A delivery date that is no date. */
    BAD_DELIVERY_DATE,
    /** A promised date that is no date. */
    BAD_PROMISED_DATE,
    /** Goods that left before the order was placed. */
    SHIPPED_BEFORE_ORDERED,
    /** Goods delivered before they left (or, with no ship date, before the order was placed). */
    DELIVERED_BEFORE_SHIPPED,
    /** Dates the status denies: a cancelled order that left, a shipped one already delivered. */
    DATES_AGAINST_STATUS
}

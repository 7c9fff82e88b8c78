package it.ordo.application.intake;

/** What a column of a past-orders file holds (the history import's mapping: column header → field). */
public enum HistoryField {
    /** Rows with the same key are one past order (an invoice number); a leading cancellation prefix marks a cancellation. */
    ORDER_KEY,
    /** The customer's code; empty for a sale to an unknown customer. */
    CUSTOMER,
    SKU,
    /** The product's description, used when the import creates the product. */
    DESCRIPTION,
    QUANTITY,
    UNIT_PRICE,
    /** A discount in percent off the unit price. */
    DISCOUNT,
    ORDER_DATE,
    /**
     * DELIVERED, SHIPPED or CANCELLED, in English or Italian ("delivered", "consegnato", "spedito", "annullato"…);
     * when not mapped, a sale is DELIVERED and a cancellation CANCELLED.
     */
    STATUS,
    /** The customer's country (a name in English or an ISO code), for a customer the import creates. */
    COUNTRY,
    /** When the goods left (a date, or a date and time): the order's shipment in the fulfilment figures. */
    SHIP_DATE,
    /** When the customer received them. */
    DELIVERY_DATE,
    /** The day the order was promised for, which on-time-in-full measures the shipment against. */
    PROMISED_DATE
}

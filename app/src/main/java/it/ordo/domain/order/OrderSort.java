package it.ordo.domain.order;

/**
 * The columns an order list can be sorted by. Each maps to a fixed path in
 * the repository's query, so what a user clicks never becomes query text.
 */
public enum OrderSort {
    NUMBER, ORDER_DATE, CUSTOMER, STATUS, CHANNEL, PRIORITY, REQUESTED_DATE, PROMISED_DATE, TOTAL, EXTERNAL_REF
}

package it.ordo.application.order;

/** The answer to an order sent by a channel: the order, and whether it had been placed already by an earlier send. */
public record PlacedOrder(OrderTracking order, boolean replayed) {
}

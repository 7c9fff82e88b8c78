package it.ordo.domain.reporting;

import it.ordo.domain.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order promised for a day of a period: its state now and when its last
 * shipment (not cancelled) left, null when nothing has.
 */
public record PromiseFact(String orderNumber, String warehouse, LocalDate promisedDate, OrderStatus status,
                          Instant lastShippedAt) {
}

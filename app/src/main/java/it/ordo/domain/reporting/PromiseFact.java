package it.ordo.domain.reporting;

import it.ordo.domain.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order promised for a day of a period: its state now, when it last
 * became SHIPPED (its status history; null if never) and when its last
 * shipment (DDT, not cancelled) left (null when none has: orders shipped
 * before DDTs existed have only the status).
 */
public record PromiseFact(String orderNumber, String warehouse, LocalDate promisedDate, OrderStatus status,
                          Instant shippedInFullAt, Instant lastShippedAt) {
}

package it.ordo.domain.notification;

import it.ordo.domain.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order the customer still waits for whose date is a worry: its promise
 * is later than the customer asked, already past, unknown, or was moved and
 * told; {@code warnedAt} is when the last "delayed" message was written (null: never).
 */
public record DelayedOrder(long orderId, String orderNumber, long customerId, String customerCode,
                           String customerName, OrderStatus status, LocalDate requestedDate, LocalDate promisedDate,
                           Instant warnedAt) {
}

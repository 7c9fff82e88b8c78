package it.ordo.application.fulfilment;

import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import java.time.Instant;
import java.time.LocalDate;

/** An order waiting to be picked: {@code lines} is how many of its lines have goods allocated. */
public record PickQueueRow(String orderNumber, String customerName, Tier tier, Priority priority,
                           LocalDate promisedDate, Instant orderedAt, OrderStatus status, int lines) {
}

package it.ordo.application.order;

import it.ordo.domain.order.Priority;
import java.time.LocalDate;

/**
 * The fields of an order a customer may still change after confirmation,
 * none of which touches stock. Blank texts clear the field; a null priority is
 * NORMAL.
 */
public record OrderHeaderEdit(LocalDate requestedDate, Priority priority, String externalRef, String notes) {
}

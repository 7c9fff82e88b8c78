package it.ordo.application.support;

import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import java.time.Instant;

/** A row of the ticket list, with whether it is overdue now. */
public record TicketRow(String number, String customerCode, String customerName, TicketCategory category,
                        TicketPriority priority, TicketStatus status, String subject, String assignee,
                        Instant createdAt, Instant dueAt, boolean overdue) {
}

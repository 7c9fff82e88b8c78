package it.ordo.domain.support;

import java.time.Instant;

/** A row of the ticket list, read in one query with the customer's code and name. */
public record TicketListing(long id, String number, String customerCode, String customerName, TicketCategory category,
                            TicketPriority priority, TicketStatus status, String subject, String assignee,
                            Instant createdAt, Instant dueAt) {
}

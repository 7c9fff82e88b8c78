package it.ordo.domain.reporting;

import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketStatus;
import java.time.Instant;

/** A ticket: what it is about, where it is, when it was opened, when its answer is due and when it was resolved. */
public record TicketFact(String number, TicketCategory category, TicketStatus status, Instant createdAt,
                         Instant dueAt, Instant resolvedAt) {
}

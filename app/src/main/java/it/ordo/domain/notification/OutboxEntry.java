package it.ordo.domain.notification;

import java.time.Instant;

/**
 * A row of the outbox. {@code subject}, {@code body}, {@code recipient} and
 * {@code language} are null until the message is rendered: a ticket reply is
 * rendered when it is written, an order's messages (written by the order's
 * own transaction) when they are sent. {@code detail} carries the event's
 * facts, such as a slipped promise date ({@link DelaySlip#detail}); the
 * customer's code and the order's and ticket's numbers are read with it.
 */
public record OutboxEntry(long id, MailKind kind, MailStatus status, long customerId, String customerCode,
                          Long orderId, String orderNumber, Long ticketId, String ticketNumber,
                          String detail, String recipient, String language, String subject, String body, int attempts,
                          Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {

    public boolean rendered() {
        return subject != null && body != null;
    }
}

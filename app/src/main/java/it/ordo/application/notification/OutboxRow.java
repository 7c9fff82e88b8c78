package it.ordo.application.notification;

import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailStatus;
import java.time.Instant;

/** A message of the outbox as the outbox list and the customer's story show it. */
public record OutboxRow(long id, MailKind kind, MailStatus status, String customerCode, String orderNumber,
                        String ticketNumber, String recipient, String subject, int attempts, Instant createdAt,
                        Instant nextAttemptAt, Instant sentAt, String lastError) {
}

package it.ordo.domain.notification;

/** A message to write into the outbox; the rendered fields may be null (rendered when sent). */
public record NewMail(MailKind kind, long customerId, Long orderId, Long ticketId, String detail, String recipient,
                      String language, String subject, String body) {
}

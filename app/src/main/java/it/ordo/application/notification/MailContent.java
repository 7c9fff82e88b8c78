package it.ordo.application.notification;

/** A message of the outbox with what the customer reads; {@code body} null until it is rendered (at sending). */
public record MailContent(OutboxRow row, String language, String body) {
}

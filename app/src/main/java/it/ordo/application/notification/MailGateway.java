package it.ordo.application.notification;

import it.ordo.domain.notification.MailSettings;
import java.util.List;

/** Hands a message to the company's mail server (SMTP in infrastructure). */
public interface MailGateway {

    /** A message as it goes out; {@code messageId} is the outbox row's, so a copy sent twice is recognisable. */
    record Envelope(String messageId, String to, String subject, String body, List<Attachment> attachments) {
    }

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** The server refused or could not be reached: the message waits and is tried again later. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @throws Unavailable when the server cannot take the message now */
    void send(MailSettings settings, Envelope envelope);
}

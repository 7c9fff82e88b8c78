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

    /**
     * A conversation with the server for the messages of one round of the sender, so that they do not each pay
     * for connecting, STARTTLS and signing in. Unless the gateway keeps one, each message is sent on its own.
     */
    default Connection connect(MailSettings settings) {
        return new Connection() {
            @Override
            public void send(Envelope envelope) {
                MailGateway.this.send(settings, envelope);
            }

            @Override
            public void close() {
            }
        };
    }

    /** Messages handed over one after the other on one connection, opened at the first. */
    interface Connection extends AutoCloseable {

        /** @throws Unavailable when the server cannot take the message now (the next one connects again) */
        void send(Envelope envelope);

        @Override
        void close();
    }
}

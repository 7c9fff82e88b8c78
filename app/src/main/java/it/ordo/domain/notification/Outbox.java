package it.ordo.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox table: every method works in the caller's transaction. */
public interface Outbox {

    /** Writes a PENDING message, due at once; returns its id. */
    long enqueue(NewMail mail, Instant at);

    /** PENDING messages whose next attempt has come, oldest first. */
    List<OutboxEntry> due(Instant now, int limit);

    /** Takes a PENDING message for sending (PENDING to SENDING); false when another sender took it first. */
    boolean claim(long id, Instant at);

    /** Keeps what is sent: recipient, language, subject and body. */
    void rendered(long id, String recipient, String language, String subject, String body);

    void sent(long id, Instant at);

    /** A failed attempt: back to PENDING, tried again at {@code next}. */
    void retryAt(long id, int attempts, Instant next, String error);

    /** Gives up (FAILED) or skips (SKIPPED) the message, saying why. */
    void close(long id, MailStatus status, int attempts, String error);

    /**
     * Sets aside (SKIPPED, saying why) every message still waiting that was written before {@code writtenBefore};
     * returns how many.
     */
    int setAside(Instant writtenBefore, String why);

    /** Puts a FAILED or stuck SENDING message back in the queue; false when it is in neither state. */
    boolean requeue(long id, Instant at);

    Optional<OutboxEntry> find(long id);

    /** Newest first; {@code status} null means every state. */
    List<OutboxEntry> list(MailStatus status, int offset, int limit);

    long count(MailStatus status);

    /** The customer's messages, newest first. */
    List<OutboxEntry> ofCustomer(long customerId);

    /**
     * Orders still to leave whose date is a worry on {@code today} (see
     * {@link DelayedOrder}), the earliest promise first; {@code orderNumber}
     * null for all of them.
     */
    List<DelayedOrder> delayed(java.time.LocalDate today, String orderNumber, int limit);

    /** The company's mail server; empty until an administrator sets it. */
    Optional<MailSettings> settings();

    void saveSettings(MailSettings settings);
}

package it.ordo.application.notification;

import it.ordo.domain.notification.MailStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Customer e-mails. Messages are written into the outbox by the use cases
 * whose events they tell (in the same transaction); this service sends them
 * after the commit, retries with back-off while the server is down, and
 * never sends one twice.
 */
public interface MailService {

    /** Sends every message that is due; safe to run from several processes at once. */
    SendReport sendPending();

    /** The outbox, newest first; {@code status} null for every state. */
    List<OutboxRow> outbox(MailStatus status, int offset, int limit);

    /** The customer's messages, newest first. */
    List<OutboxRow> ofCustomer(String customerCode);

    /** One message with its text; the body is null while an order's message waits to be rendered at sending. */
    MailContent content(long id);

    /**
     * Sets aside the messages still waiting that were written before {@code day}: a company that starts
     * sending e-mail after months of orders must not mail its customers about all of them. They stay in the
     * outbox, SKIPPED, with who set them aside; returns how many.
     */
    int setAsideBefore(LocalDate day);

    /** Puts a failed message, or one left SENDING by a stopped sender, back in the queue. */
    OutboxRow retry(long id);

    /** Customer service's Delays list: orders still to leave that are late, undated or later than asked. */
    List<DelayRow> delays(int limit);

    /**
     * Writes the "delayed" e-mail for an order of the Delays list now (the
     * automatic warning covers a promise that moves; this one a promise that
     * passed, or a customer who should hear it again).
     */
    OutboxRow warnOfDelay(String orderNumber);

    Optional<MailServerSettings> settings();

    void configure(MailServerSettings settings);
}

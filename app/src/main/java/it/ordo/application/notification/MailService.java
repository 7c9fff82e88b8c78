package it.ordo.application.notification;

import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailStatus;
import it.ordo.domain.notification.MailTemplateKey;
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

    /** Every template in Italian and English, as used now. */
    List<MailTemplateRow> templates();

    MailTemplateRow template(MailTemplateKey key, String language);

    /**
     * The administrator's texts for a template, used from the next message on; refused, naming it, when they use
     * a placeholder the message does not fill or lack the one that says what the message is about.
     */
    MailTemplateRow saveTemplate(MailTemplateKey key, String language, String subject, String body);

    /** Back to the shipped texts. */
    MailTemplateRow resetTemplate(MailTemplateKey key, String language);

    /**
     * Texts (saved or not) filled from a real order as its customer would read them; what the order has not
     * (a ticket, a credit note) is filled with an example. Checked like {@link #saveTemplate}.
     */
    MailTemplates.Rendered previewTemplate(MailTemplateKey key, String language, String subject, String body,
                                           String orderNumber);

    /** The kinds of e-mail the customer does not get. */
    List<MailKind> optedOut(String customerCode);

    /**
     * Whether the customer gets e-mails of a kind; messages of a kind it does not get are kept in the outbox as
     * SKIPPED, saying so, and never sent. Returns the kinds it does not get.
     */
    List<MailKind> setReceives(String customerCode, MailKind kind, boolean receives);
}

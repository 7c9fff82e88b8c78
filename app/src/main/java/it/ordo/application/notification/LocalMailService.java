package it.ordo.application.notification;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.returns.ReturnLabels;
import it.ordo.domain.fulfilment.Carrier;
import it.ordo.domain.fulfilment.FulfilmentRepository;
import it.ordo.domain.fulfilment.Parcel;
import it.ordo.domain.fulfilment.Shipment;
import it.ordo.application.reporting.OrderDocumentService;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.notification.DelaySlip;
import it.ordo.domain.notification.DelayedOrder;
import it.ordo.domain.notification.NewMail;
import it.ordo.domain.notification.EmailAddress;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailOptOuts;
import it.ordo.domain.notification.MailSettings;
import it.ordo.domain.notification.MailStatus;
import it.ordo.domain.notification.MailTemplate;
import it.ordo.domain.notification.MailTemplateKey;
import it.ordo.domain.notification.MailTemplateRepository;
import it.ordo.domain.notification.Outbox;
import it.ordo.domain.notification.OutboxEntry;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.SalesOrder;
import it.ordo.i18n.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MailService} in this process. Each message is claimed in a
 * transaction of its own (PENDING to SENDING: of two senders only one
 * wins), handed to the server outside any transaction, and marked SENT in
 * the transaction that claims the next one (or alone after the last). A sender that dies after the server took a message and before
 * marking it leaves it SENDING: it is never sent again by itself, so the
 * customer never gets it twice; the outbox shows it for a person to check.
 */
public final class LocalMailService implements MailService {

    /** Attempts before a message is given up; the wait doubles from a minute up to an hour. */
    static final int MAX_ATTEMPTS = 10;
    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int BATCH = 200;
    /** Why a message was not sent, as the outbox shows it; the kind follows. */
    static final String OPTED_OUT = "the customer does not receive ";
    /** Days a preview moves a date later, to show a "delayed" message. */
    private static final int PREVIEW_DELAY_DAYS = 7;

    private final Transactions tx;
    private final Outbox outbox;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final CompanyRepository company;
    private final OrderDocumentService documents;
    private final MailTemplates templates;
    private final MailGateway gateway;
    private final Clock clock;
    private final Guard guard;

    private final ReturnLabels returnLabels;
    private final FulfilmentRepository fulfilment;
    private final MailTemplateRepository storedTemplates;

    public LocalMailService(Transactions tx, Outbox outbox, CustomerRepository customers, OrderRepository orders,
                            CompanyRepository company, OrderDocumentService documents, MailTemplates templates,
                            MailGateway gateway, Clock clock, Guard guard, ReturnLabels returnLabels,
                            FulfilmentRepository fulfilment, MailTemplateRepository storedTemplates) {
        this.tx = tx;
        this.outbox = outbox;
        this.customers = customers;
        this.orders = orders;
        this.company = company;
        this.documents = documents;
        this.templates = templates;
        this.gateway = gateway;
        this.clock = clock;
        this.guard = guard;
        this.returnLabels = returnLabels;
        this.fulfilment = fulfilment;
        this.storedTemplates = storedTemplates;
    }

    @Override
    public SendReport sendPending() {
        guard.require(Permission.SEND_MAIL);
        Optional<MailSettings> settings = tx.read(outbox::settings);
        if (settings.isEmpty()) {
            return new SendReport(false, 0, 0, 0, 0);
        }
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        int skipped = 0;
        // The message last handed over, marked SENT in the transaction that claims the next one: one commit a
        // message instead of two (each is a write to the log on disk). Until that commit it is SENDING, as a
        // message is between the hand-over and its mark, so a sender that dies meanwhile never sends it again.
        Long handedOver = null;
        try (MailGateway.Connection smtp = gateway.connect(settings.get())) {
            for (OutboxEntry entry : tx.read(() -> outbox.due(clock.instant(), BATCH))) {
                Long sentBefore = handedOver;
                // Claimed, the customer's wish read and the message rendered in one transaction: a single commit
                // before the hand-over.
                Claimed claimed;
                try {
                    claimed = tx.write(() -> {
                        markSent(sentBefore);
                        return claim(entry);
                    });
                    handedOver = null;
                } catch (DomainException e) {
                    tx.write(() -> {
                        markSent(sentBefore);
                        outbox.close(entry.id(), MailStatus.FAILED, entry.attempts(), e.getMessage());
                    });
                    handedOver = null;
                    failed++;
                    continue;
                }
                if (claimed == null) {
                    continue; // another sender has it
                }
                if (claimed.optedOut()) {
                    skipped++;
                    continue;
                }
                MailGateway.Envelope envelope;
                try {
                    envelope = envelope(claimed.entry());
                } catch (DomainException e) {
                    tx.write(() -> outbox.close(entry.id(), MailStatus.FAILED, entry.attempts(), e.getMessage()));
                    failed++;
                    continue;
                }
                if (envelope == null) {
                    tx.write(() -> outbox.close(entry.id(), MailStatus.SKIPPED, entry.attempts(),
                            "no e-mail address"));
                    skipped++;
                    continue;
                }
                try {
                    smtp.send(envelope);
                } catch (MailGateway.Unavailable e) {
                    int attempts = entry.attempts() + 1;
                    String error = e.getMessage();
                    if (attempts >= MAX_ATTEMPTS) {
                        tx.write(() -> outbox.close(entry.id(), MailStatus.FAILED, attempts, error));
                        failed++;
                    } else {
                        Instant next = clock.instant().plus(wait(attempts));
                        tx.write(() -> outbox.retryAt(entry.id(), attempts, next, error));
                        retrying++;
                    }
                    continue;
                }
                handedOver = entry.id();
                sent++;
            }
        } finally {
            // The server has the last one: marked however the round ends (a process that dies runs no more code).
            if (handedOver != null) {
                Long last = handedOver;
                tx.write(() -> markSent(last));
            }
        }
        return new SendReport(true, sent, retrying, failed, skipped);
    }

    /** Marks SENT the message the server took (none when null), in the caller's transaction. */
    private void markSent(Long handedOver) {
        if (handedOver != null) {
            outbox.sent(handedOver, clock.instant());
        }
    }

    /** 1, 2, 4 … minutes, never more than an hour. */
    static Duration wait(int attempts) {
        Duration d = FIRST_WAIT.multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d;
    }

    /** A message this sender has taken: rendered, or set aside because the customer does not want its kind. */
    private record Claimed(OutboxEntry entry, boolean optedOut) {
    }

    /**
     * Takes the message for this sender (null when another has it); the customer's wish is read when the message
     * goes, so a kind turned off also stops what already waits; rendered now if the event left it to the sender.
     */
    private Claimed claim(OutboxEntry entry) {
        if (!outbox.claim(entry.id(), clock.instant())) {
            return null;
        }
        boolean optedOut = customers.find(entry.customerId())
                .map(c -> MailOptOuts.parse(c.mailOptOut()).contains(entry.kind())).orElse(false);
        if (optedOut) {
            outbox.close(entry.id(), MailStatus.SKIPPED, entry.attempts(), OPTED_OUT + entry.kind().name());
            return new Claimed(entry, true);
        }
        return new Claimed(entry.rendered() ? entry : render(entry), false);
    }

    /** The rendered message as it goes out, with its attachments; null when there is nowhere to send it. */
    private MailGateway.Envelope envelope(OutboxEntry ready) {
        if (!EmailAddress.valid(ready.recipient())) {
            return null;
        }
        List<MailGateway.Attachment> attachments = List.of();
        if (ready.kind() == MailKind.ORDER_CONFIRMED) {
            // The kept confirmation, the same bytes the office reprints (made once if it was not kept).
            byte[] pdf = documents.orderConfirmation(ready.orderNumber());
            attachments = List.of(new MailGateway.Attachment(ready.orderNumber() + ".pdf", "application/pdf", pdf));
        } else if (ready.kind() == MailKind.RETURN_AUTHORISED) {
            // The label as the return is now, printed outside the transaction like every PDF.
            byte[] pdf = returnLabels.pdf(tx.read(() -> returnLabels.read(ready.detail())));
            attachments = List.of(new MailGateway.Attachment(ready.detail() + ".pdf", "application/pdf", pdf));
        }
        return new MailGateway.Envelope("<ordo-mail-" + ready.id() + "@ordo.local>", ready.recipient().strip(),
                ready.subject(), ready.body(), attachments);
    }

    private OutboxEntry render(OutboxEntry e) {
        Customer customer = customers.find(e.customerId()).orElseThrow();
        SalesOrder order = orders.findByNumber(e.orderNumber())
                .orElseThrow(() -> new NotFoundException("order", e.orderNumber()));
        String language = customer.language();
        Texts texts = new Texts(MailTemplates.locale(language));
        Map<String, String> values = orderValues(customer, order);
        boolean withoutDate = false;
        switch (e.kind()) {
            case ORDER_CONFIRMED -> {
                withoutDate = order.promisedDate() == null;
                if (!withoutDate) {
                    values.put("date", texts.date(order.promisedDate()));
                }
            }
            case ORDER_DELAYED -> {
                LocalDate after = DelaySlip.after(e.detail());
                values.put("oldDate", texts.date(DelaySlip.before(e.detail())));
                withoutDate = after == null;
                if (!withoutDate) {
                    values.put("newDate", texts.date(after));
                }
            }
            case ORDER_SHIPPED, ORDER_DELIVERED -> {
                // The day of the event, not of the sending: a message that waited for the server says when it happened.
                values.put("date", texts.date(LocalDate.ofInstant(e.createdAt(), clock.getZone())));
                values.put("tracking", e.kind() == MailKind.ORDER_SHIPPED ? tracking(order, texts) : "");
            }
            case TICKET_REPLY, REFUND_ISSUED, RETURN_AUTHORISED, RETURN_REFUSED ->
                    throw new IllegalStateException(e.kind() + " messages are rendered when written");
        }
        MailTemplates.Rendered mail = templates.render(MailTemplateKey.of(e.kind(), withoutDate), language, values);
        outbox.rendered(e.id(), customer.email(), language, mail.subject(), mail.body());
        return outbox.find(e.id()).orElseThrow();
    }

    /** What every message about an order says: who, which order, from whom, for how much. */
    private Map<String, String> orderValues(Customer customer, SalesOrder order) {
        Texts texts = new Texts(MailTemplates.locale(customer.language()));
        Map<String, String> values = new HashMap<>();
        values.put("customer", customer.name());
        values.put("order", order.number());
        values.put("company", company.find().map(Company::name).orElse(""));
        values.put("total", texts.money(order.grossTotal()));
        return values;
    }

    /**
     * Where the customer follows the goods: one line per parcel with a tracking number, the carrier's
     * tracking page filled with it; empty when the order went by own transport or without numbers.
     */
    private String tracking(SalesOrder order, Texts texts) {
        StringBuilder lines = new StringBuilder();
        for (Shipment shipment : fulfilment.shipmentsOf(order.id())) {
            if (shipment.cancelledAt() != null || shipment.carrierId() == null) {
                continue;
            }
            Carrier carrier = fulfilment.findCarrier(shipment.carrierId()).orElse(null);
            for (Parcel parcel : shipment.parcels()) {
                String link = carrier == null ? null : carrier.trackingLink(parcel.trackingNumber());
                if (link != null) {
                    lines.append(lines.isEmpty() ? "\n" : "").append("\n")
                            .append(texts.get("mail.shipped.tracking", carrier.name(), parcel.trackingNumber(), link));
                }
            }
        }
        return lines.toString();
    }

    @Override
    public List<OutboxRow> outbox(MailStatus status, int offset, int limit) {
        guard.require(Permission.VIEW_MAIL);
        return tx.read(() -> outbox.list(status, Math.max(0, offset), Math.clamp(limit, 1, 500)).stream()
                .map(LocalMailService::row).toList());
    }

    @Override
    public List<OutboxRow> ofCustomer(String customerCode) {
        guard.require(Permission.VIEW_MAIL);
        return tx.read(() -> {
            Customer c = customers.findByCode(customerCode)
                    .orElseThrow(() -> new NotFoundException("customer", customerCode));
            return outbox.ofCustomer(c.id()).stream().map(LocalMailService::row).toList();
        });
    }

    @Override
    public MailContent content(long id) {
        guard.require(Permission.VIEW_MAIL);
        return tx.read(() -> {
            OutboxEntry e = outbox.find(id).orElseThrow(() -> new NotFoundException("mail", Long.toString(id)));
            return new MailContent(row(e), e.language(), e.body());
        });
    }

    @Override
    public int setAsideBefore(LocalDate day) {
        guard.require(Permission.CONFIGURE_MAIL);
        if (day == null) {
            throw new DomainException("mail.setAside.day");
        }
        if (day.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new DomainException("mail.setAside.future", day);
        }
        Instant before = day.atStartOfDay(clock.getZone()).toInstant();
        String why = "set aside by " + guard.user().username() + ": written before " + day;
        return tx.write(() -> outbox.setAside(before, why));
    }

    @Override
    public OutboxRow retry(long id) {
        guard.require(Permission.SEND_MAIL);
        return tx.write(() -> {
            OutboxEntry e = outbox.find(id).orElseThrow(() -> new NotFoundException("mail", Long.toString(id)));
            if (!outbox.requeue(id, clock.instant())) {
                throw new DomainException("mail.retry.notFailed", id, e.status().name());
            }
            return row(outbox.find(id).orElseThrow());
        });
    }

    @Override
    public List<DelayRow> delays(int limit) {
        guard.require(Permission.VIEW_MAIL);
        LocalDate today = LocalDate.now(clock);
        return tx.read(() -> outbox.delayed(today, null, Math.clamp(limit, 1, 1000)).stream()
                .map(d -> new DelayRow(d.orderNumber(), d.customerCode(), d.customerName(), d.status(),
                        d.requestedDate(), d.promisedDate(), why(d, today), d.warnedAt())).toList());
    }

    private static DelayRow.Why why(DelayedOrder d, LocalDate today) {
        if (d.promisedDate() == null) {
            return DelayRow.Why.NO_DATE;
        }
        if (d.promisedDate().isBefore(today)) {
            return DelayRow.Why.LATE;
        }
        if (d.requestedDate() != null && d.promisedDate().isAfter(d.requestedDate())) {
            return DelayRow.Why.SLIPPED;
        }
        return DelayRow.Why.WARNED;
    }

    @Override
    public OutboxRow warnOfDelay(String orderNumber) {
        guard.require(Permission.SEND_MAIL);
        String number = orderNumber == null ? "" : orderNumber.strip();
        LocalDate today = LocalDate.now(clock);
        return tx.write(() -> {
            DelayedOrder d = outbox.delayed(today, number, 1).stream().findFirst()
                    .orElseThrow(() -> new DomainException("mail.delay.notDelayed", number));
            // What the customer was told to expect, and what is known now (nothing, when the promise has passed).
            String detail = switch (why(d, today)) {
                case LATE -> DelaySlip.detail(d.promisedDate(), null);
                case NO_DATE -> DelaySlip.detail(d.requestedDate() == null ? today : d.requestedDate(), null);
                case SLIPPED -> DelaySlip.detail(d.requestedDate(), d.promisedDate());
                case WARNED -> null;
            };
            if (detail == null) {
                throw new DomainException("mail.delay.notDelayed", number);
            }
            long id = outbox.enqueue(new NewMail(MailKind.ORDER_DELAYED, d.customerId(), d.orderId(), null, detail,
                    null, null, null, null), clock.instant());
            return row(outbox.find(id).orElseThrow());
        });
    }

    @Override
    public Optional<MailServerSettings> settings() {
        guard.require(Permission.VIEW_MAIL);
        return tx.read(() -> outbox.settings().map(s -> new MailServerSettings(s.host(), s.port(), s.startTls(),
                s.username(), s.fromAddress())));
    }

    @Override
    public void configure(MailServerSettings s) {
        guard.require(Permission.CONFIGURE_MAIL);
        MailSettings settings = new MailSettings(s.host(), s.port(), s.startTls(), s.username(), s.fromAddress());
        tx.write(() -> outbox.saveSettings(settings));
    }

    @Override
    public List<MailTemplateRow> templates() {
        guard.require(Permission.VIEW_MAIL);
        return tx.read(() -> {
            List<MailTemplateRow> rows = new ArrayList<>();
            for (MailTemplateKey key : MailTemplateKey.values()) {
                for (String language : MailTemplateKey.LANGUAGES) {
                    rows.add(templateRow(key, language));
                }
            }
            return rows;
        });
    }

    @Override
    public MailTemplateRow template(MailTemplateKey key, String language) {
        guard.require(Permission.VIEW_MAIL);
        String lang = MailTemplateKey.language(language);
        return tx.read(() -> templateRow(key, lang));
    }

    @Override
    public MailTemplateRow saveTemplate(MailTemplateKey key, String language, String subject, String body) {
        guard.require(Permission.CONFIGURE_MAIL);
        String lang = MailTemplateKey.language(language);
        key.check(subject, body);
        return tx.write(() -> {
            MailTemplate template = storedTemplates.find(key, lang).orElseGet(() -> new MailTemplate(key, lang));
            template.change(subject, body, guard.user().username(), clock.instant());
            storedTemplates.store(template);
            return templateRow(key, lang, Optional.of(template));
        });
    }

    @Override
    public MailTemplateRow resetTemplate(MailTemplateKey key, String language) {
        guard.require(Permission.CONFIGURE_MAIL);
        String lang = MailTemplateKey.language(language);
        return tx.write(() -> {
            storedTemplates.find(key, lang).ifPresent(storedTemplates::delete);
            return templateRow(key, lang, Optional.empty());
        });
    }

    private MailTemplateRow templateRow(MailTemplateKey key, String language) {
        return templateRow(key, language, storedTemplates.find(key, language));
    }

    private static MailTemplateRow templateRow(MailTemplateKey key, String language, Optional<MailTemplate> changed) {
        MailTemplates.Rendered texts = changed.map(t -> new MailTemplates.Rendered(t.subject(), t.body()))
                .orElseGet(() -> MailTemplates.shipped(key, language));
        return new MailTemplateRow(key, key.kind(), language, texts.subject(), texts.body(), changed.isPresent(),
                changed.map(MailTemplate::updatedBy).orElse(null), changed.map(MailTemplate::updatedAt).orElse(null),
                key.placeholders(), "{" + key.required() + "}");
    }

    @Override
    public MailTemplates.Rendered previewTemplate(MailTemplateKey key, String language, String subject, String body,
                                                  String orderNumber) {
        guard.require(Permission.VIEW_MAIL);
        String lang = MailTemplateKey.language(language);
        key.check(subject, body);
        String number = orderNumber == null ? "" : orderNumber.strip();
        return tx.read(() -> {
            SalesOrder order = orders.findByNumber(number).orElseThrow(() -> new NotFoundException("order", number));
            Customer customer = customers.find(order.customerId()).orElseThrow();
            Texts texts = new Texts(MailTemplates.locale(lang));
            Map<String, String> values = orderValues(customer, order);
            LocalDate date = order.promisedDate() != null ? order.promisedDate() : LocalDate.now(clock);
            values.put("date", texts.date(date));
            values.put("oldDate", texts.date(date));
            values.put("newDate", texts.date(date.plusDays(PREVIEW_DELAY_DAYS)));
            values.put("tracking", tracking(order, texts));
            values.put("amount", texts.money(order.grossTotal()));
            values.put("rma", texts.get("mail.preview.rma"));
            values.put("creditNote", texts.get("mail.preview.creditNote"));
            values.put("ticket", texts.get("mail.preview.ticket"));
            values.put("subject", texts.get("mail.preview.subject", order.number()));
            values.put("message", texts.get("mail.preview.message"));
            return MailTemplates.fill(key, new MailTemplates.Rendered(subject, body), values);
        });
    }

    @Override
    public List<MailKind> optedOut(String customerCode) {
        guard.require(Permission.VIEW_MAIL);
        return tx.read(() -> List.copyOf(MailOptOuts.parse(customer(customerCode).mailOptOut())));
    }

    @Override
    public List<MailKind> setReceives(String customerCode, MailKind kind, boolean receives) {
        guard.require(Permission.SEND_MAIL);
        if (kind == null) {
            throw new DomainException("mail.optOut.kind");
        }
        return tx.write(() -> {
            Customer customer = customer(customerCode);
            customer.setMailOptOut(MailOptOuts.with(customer.mailOptOut(), kind, receives));
            return List.copyOf(MailOptOuts.parse(customer.mailOptOut()));
        });
    }

    private Customer customer(String code) {
        return customers.findByCode(code).orElseThrow(() -> new NotFoundException("customer", code));
    }

    private static OutboxRow row(OutboxEntry e) {
        return new OutboxRow(e.id(), e.kind(), e.status(), e.customerCode(), e.orderNumber(), e.ticketNumber(),
                e.recipient(), e.subject(), e.attempts(), e.createdAt(), e.nextAttemptAt(), e.sentAt(), e.lastError());
    }
}

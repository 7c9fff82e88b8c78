package it.ordo.application.support;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.notification.MailTemplates;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.NewMail;
import it.ordo.domain.notification.Outbox;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;
import it.ordo.domain.support.AttachmentRules;
import it.ordo.domain.support.EntryKind;
import it.ordo.domain.support.StoredAttachment;
import it.ordo.domain.support.Ticket;
import it.ordo.domain.support.TicketLink;
import it.ordo.domain.support.TicketListing;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketRepository;
import it.ordo.domain.support.TicketStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link TicketService} in this process, on the database. */
public final class LocalTicketService implements TicketService {

    private final Transactions tx;
    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final ProductRepository products;
    private final UserRepository users;
    private final Outbox outbox;
    private final MailTemplates templates;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalTicketService(Transactions tx, TicketRepository tickets, CustomerRepository customers,
                              OrderRepository orders, ProductRepository products, UserRepository users, Outbox outbox,
                              MailTemplates templates, CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.tickets = tickets;
        this.customers = customers;
        this.orders = orders;
        this.products = products;
        this.users = users;
        this.outbox = outbox;
        this.templates = templates;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public TicketView open(NewTicket request) {
        guard.require(Permission.HANDLE_TICKETS);
        return tx.write(() -> {
            String code = request.customerCode() == null ? "" : request.customerCode().strip();
            Customer customer = customers.findByCode(code).orElseThrow(() -> new NotFoundException("customer", code));
            if (request.category() == null) {
                throw new DomainException("ticket.category.missing");
            }
            Instant now = clock.instant();
            Ticket ticket = new Ticket(null, customer.id(), customer.tier(), request.category(), request.priority(),
                    request.subject(), user.username(), now);
            ticket.add(EntryKind.NOTE, request.description() == null || request.description().isBlank()
                    ? request.subject() : request.description(), user.username(), now);
            for (String orderNumber : request.orderNumbers()) {
                SalesOrder order = order(orderNumber, customer);
                ticket.link(order.id(), order.number(), null, null, null);
            }
            for (NewTicket.LineRef ref : request.lines()) {
                SalesOrder order = order(ref.orderNumber(), customer);
                OrderLine line = line(order, ref.lineNo());
                ticket.link(order.id(), order.number(), line.id(), line.lineNo(), line.productId());
            }
            ticket.assignNumber(tickets.nextNumber(LocalDate.ofInstant(now, clock.getZone()).getYear()));
            tickets.store(ticket);
            return view(ticket, customer);
        });
    }

    @Override
    public TicketView show(String number) {
        guard.require(Permission.VIEW_TICKETS);
        return tx.read(() -> {
            Ticket ticket = ticket(number);
            return view(ticket, customer(ticket));
        });
    }

    @Override
    public TicketPage search(TicketQuery query) {
        guard.require(Permission.VIEW_TICKETS);
        int limit = Math.clamp(query.limit(), 1, 500);
        int offset = Math.max(0, query.offset());
        return tx.read(() -> {
            Instant now = clock.instant();
            List<TicketRow> rows = tickets.search(query.search(now), offset, limit).stream().map(l -> row(l, now))
                    .toList();
            return new TicketPage(rows, tickets.count(query.search(now)), offset, limit);
        });
    }

    @Override
    public List<TicketRow> ofCustomer(String customerCode) {
        guard.require(Permission.VIEW_TICKETS);
        return tx.read(() -> {
            Customer customer = customers.findByCode(customerCode)
                    .orElseThrow(() -> new NotFoundException("customer", customerCode));
            Instant now = clock.instant();
            return tickets.ofCustomer(customer.id()).stream().map(l -> row(l, now)).toList();
        });
    }

    private static TicketRow row(TicketListing l, Instant now) {
        return new TicketRow(l.number(), l.customerCode(), l.customerName(), l.category(), l.priority(), l.status(),
                l.subject(), l.assignee(), l.createdAt(), l.dueAt(), l.status().active() && now.isAfter(l.dueAt()));
    }

    @Override
    public TicketView note(String number, String text) {
        guard.require(Permission.HANDLE_TICKETS);
        return change(number, (ticket, customer) -> ticket.add(EntryKind.NOTE, text, user.username(), clock.instant()));
    }

    @Override
    public TicketView reply(String number, String text) {
        guard.require(Permission.HANDLE_TICKETS);
        return change(number, (ticket, customer) -> {
            var entry = ticket.add(EntryKind.TO_CUSTOMER, text, user.username(), clock.instant());
            String language = customer.language();
            MailTemplates.Rendered mail = templates.render(MailKind.TICKET_REPLY, language, Map.of(
                    "customer", customer.name(), "ticket", ticket.number(), "subject", ticket.subject(),
                    "message", entry.body()));
            // In this transaction: the reply is in the thread and in the outbox together, or in neither.
            outbox.enqueue(new NewMail(MailKind.TICKET_REPLY, customer.id(), null, ticket.id(), null,
                    customer.email(), language, mail.subject(), mail.body()), clock.instant());
        });
    }

    @Override
    public TicketView customerSaid(String number, String text) {
        guard.require(Permission.HANDLE_TICKETS);
        return change(number, (ticket, customer) -> {
            ticket.add(EntryKind.FROM_CUSTOMER, text, user.username(), clock.instant());
            if (ticket.status() == TicketStatus.WAITING) {
                ticket.move(TicketStatus.OPEN, customer.tier(), clock.instant());
            }
        });
    }

    @Override
    public TicketView changeStatus(String number, TicketStatus status) {
        guard.require(Permission.HANDLE_TICKETS);
        Objects.requireNonNull(status, "status");
        return change(number, (ticket, customer) -> ticket.move(status, customer.tier(), clock.instant()));
    }

    @Override
    public TicketView changePriority(String number, TicketPriority priority) {
        guard.require(Permission.HANDLE_TICKETS);
        Objects.requireNonNull(priority, "priority");
        return change(number, (ticket, customer) -> ticket.reprioritise(priority, customer.tier()));
    }

    @Override
    public TicketView assign(String number, String username) {
        guard.require(Permission.HANDLE_TICKETS);
        return change(number, (ticket, customer) -> {
            if (username == null || username.isBlank()) {
                ticket.assign(null);
                return;
            }
            String name = UserAccount.normalize(username);
            UserAccount account = users.findByUsername(name).orElseThrow(() -> new NotFoundException("user", username));
            if (account.disabled() || !account.hasRole(Role.CUSTOMER_SERVICE)) {
                throw new DomainException("ticket.assignee.notService", name);
            }
            ticket.assign(name);
        });
    }

    @Override
    public TicketView link(String number, String orderNumber, Integer lineNo) {
        guard.require(Permission.HANDLE_TICKETS);
        return change(number, (ticket, customer) -> {
            SalesOrder order = order(orderNumber, customer);
            if (lineNo == null) {
                ticket.link(order.id(), order.number(), null, null, null);
            } else {
                OrderLine line = line(order, lineNo);
                ticket.link(order.id(), order.number(), line.id(), line.lineNo(), line.productId());
            }
        });
    }

    @Override
    public TicketView attach(String number, String fileName, byte[] content) {
        guard.require(Permission.HANDLE_TICKETS);
        String type = AttachmentRules.check(fileName, content);
        return tx.write(() -> {
            Ticket ticket = ticket(number);
            tickets.attach(new StoredAttachment(0, ticket.id(), fileName.strip(), type, content.length, sha256(content),
                    clock.instant(), user.username(), content));
            return view(ticket, customer(ticket));
        });
    }

    @Override
    public AttachmentFile attachment(String number, long attachmentId) {
        guard.require(Permission.VIEW_TICKETS);
        return tx.read(() -> {
            Ticket ticket = ticket(number);
            StoredAttachment a = tickets.attachment(ticket.id(), attachmentId)
                    .orElseThrow(() -> new NotFoundException("attachment", number + "/" + attachmentId));
            return new AttachmentFile(a.fileName(), a.contentType(), a.content());
        });
    }

    @Override
    public List<String> assignees() {
        guard.require(Permission.VIEW_TICKETS);
        return tx.read(() -> users.list().stream()
                .filter(u -> !u.disabled() && u.hasRole(Role.CUSTOMER_SERVICE)).map(UserAccount::username).toList());
    }

    private interface Change {
        void apply(Ticket ticket, Customer customer);
    }

    private TicketView change(String number, Change change) {
        return tx.write(() -> {
            Ticket ticket = ticket(number);
            Customer customer = customer(ticket);
            change.apply(ticket, customer);
            return view(ticket, customer);
        });
    }

    private Ticket ticket(String number) {
        return tickets.findByNumber(number).orElseThrow(() -> new NotFoundException("ticket", number));
    }

    private Customer customer(Ticket ticket) {
        return customers.find(ticket.customerId()).orElseThrow();
    }

    /** An order of this customer: a ticket never links another customer's order. */
    private SalesOrder order(String number, Customer customer) {
        String n = number == null ? "" : number.strip();
        SalesOrder order = orders.findByNumber(n).orElseThrow(() -> new NotFoundException("order", n));
        if (order.customerId() != customer.id()) {
            throw new DomainException("ticket.order.otherCustomer", order.number(), customer.code());
        }
        return order;
    }

    private static OrderLine line(SalesOrder order, int lineNo) {
        return order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst()
                .orElseThrow(() -> new DomainException("ticket.line.unknown", order.number(), lineNo));
    }

    private TicketView view(Ticket ticket, Customer customer) {
        List<TicketView.Link> links = new ArrayList<>();
        var byProduct = products.findAll(ticket.links().stream().map(TicketLink::productId).filter(Objects::nonNull)
                .distinct().toList());
        for (TicketLink l : ticket.links()) {
            Product p = l.productId() == null ? null : byProduct.get(l.productId());
            links.add(new TicketView.Link(l.orderNumber(), l.lineNo(), p == null ? null : p.sku(),
                    p == null ? null : p.description()));
        }
        List<TicketView.Entry> entries = ticket.entries().stream()
                .map(e -> new TicketView.Entry(e.kind(), e.author(), e.createdAt(), e.body())).toList();
        List<TicketView.AttachmentInfo> attachments = ticket.id() == null ? List.of()
                : tickets.attachments(ticket.id()).stream().map(a -> new TicketView.AttachmentInfo(a.id(),
                        a.fileName(), a.contentType(), a.sizeBytes(), a.createdAt(), a.createdBy())).toList();
        return new TicketView(ticket.number(), customer.code(), customer.name(), ticket.category(), ticket.priority(),
                ticket.status(), ticket.subject(), ticket.assignee(), ticket.createdAt(), ticket.createdBy(),
                ticket.dueAt(), ticket.resolvedAt(), ticket.overdue(clock.instant()), ticket.version(), links, entries,
                attachments);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package it.ordo.domain.support;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.customer.Tier;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A customer's question or complaint. It always belongs to a customer and
 * refers to orders, lines and products by id; its thread grows by entries,
 * never rewritten. The due time comes from the service level of the
 * customer's tier and the priority, and starts again when it is reopened.
 */
@Entity
@Table(name = "ticket")
public class Ticket extends BaseEntity {

    /** Longest subject and thread entry (the columns' sizes). */
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 4000;

    private String ticketNumber;
    private long customerId;
    @Enumerated(EnumType.STRING)
    private TicketCategory category;
    @Enumerated(EnumType.STRING)
    private TicketPriority priority;
    @Enumerated(EnumType.STRING)
    private TicketStatus status;
    private String subject;
    private String assignee;
    private Instant dueAt;
    private Instant createdAt;
    private String createdBy;
    private Instant resolvedAt;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<TicketLink> links = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
    @OrderBy("createdAt, id")
    private List<TicketEntry> entries = new ArrayList<>();
    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(String number, long customerId, Tier tier, TicketCategory category, TicketPriority priority,
                  String subject, String user, Instant at) {
        this.ticketNumber = number;
        this.customerId = customerId;
        this.category = Objects.requireNonNull(category);
        this.priority = priority == null ? TicketPriority.NORMAL : priority;
        this.subject = text(subject, MAX_SUBJECT, "ticket.subject");
        this.status = TicketStatus.NEW;
        this.createdAt = at;
        this.createdBy = user;
        this.dueAt = ServiceLevel.due(tier, this.priority, at);
    }

    /** Checks a subject or entry: present, not too long, no control characters but line breaks. */
    static String text(String value, int max, String field) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new DomainException(field + ".missing");
        }
        if (v.length() > max) {
            throw new DomainException(field + ".tooLong", v.length(), max);
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new DomainException(field + ".control", i + 1);
            }
        }
        return v;
    }

    /** Links an order ({@code lineId}, {@code lineNo}, {@code productId} null) or one of its lines; once each. */
    public void link(long orderId, String orderNumber, Long lineId, Integer lineNo, Long productId) {
        boolean known = links.stream().anyMatch(l -> l.orderId() == orderId && Objects.equals(l.orderLineId(), lineId));
        if (!known) {
            links.add(new TicketLink(orderId, orderNumber, lineId, lineNo, productId));
        }
    }

    /** Numbers are drawn last, after every check: a refused ticket gives no number away. */
    public void assignNumber(String number) {
        if (ticketNumber != null) {
            throw new IllegalStateException("ticket already numbered " + ticketNumber);
        }
        ticketNumber = number;
    }

    /** Adds to the thread; the first entry by someone working on a new ticket opens it. */
    public TicketEntry add(EntryKind kind, String body, String user, Instant at) {
        TicketEntry entry = new TicketEntry(kind, text(body, MAX_BODY, "ticket.body"), user, at);
        entries.add(entry);
        // The opening entry is the ticket's own description; the next one from the desk is work started.
        if (status == TicketStatus.NEW && kind != EntryKind.FROM_CUSTOMER && entries.size() > 1) {
            status = TicketStatus.OPEN;
        }
        return entry;
    }

    public void move(TicketStatus to, Tier tier, Instant at) {
        if (!status.next().contains(to)) {
            throw new DomainException("ticket.transition.illegal", ticketNumber, status.name(), to.name());
        }
        status = to;
        if (to == TicketStatus.RESOLVED || to == TicketStatus.CLOSED) {
            if (resolvedAt == null) {
                resolvedAt = at;
            }
        } else if (to == TicketStatus.REOPENED) {
            resolvedAt = null;
            dueAt = ServiceLevel.due(tier, priority, at);
        }
    }

    public void assign(String username) {
        this.assignee = username;
    }

    public void reprioritise(TicketPriority newPriority, Tier tier) {
        this.priority = newPriority;
        this.dueAt = ServiceLevel.due(tier, newPriority, createdAt);
    }

    /** Past its due time and still unanswered. */
    public boolean overdue(Instant now) {
        return status.active() && now.isAfter(dueAt);
    }

    public String number() {
        return ticketNumber;
    }

    public long customerId() {
        return customerId;
    }

    public TicketCategory category() {
        return category;
    }

    public TicketPriority priority() {
        return priority;
    }

    public TicketStatus status() {
        return status;
    }

    public String subject() {
        return subject;
    }

    public String assignee() {
        return assignee;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public List<TicketLink> links() {
        return Collections.unmodifiableList(links);
    }

    public List<TicketEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public long version() {
        return version;
    }
}

package it.ordo.domain.order;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.Normalization;
import it.ordo.domain.Quantities;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.Address;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A customer's order: its lines, what stock they hold, and its way through the
 * warehouse. It refers to the customer, products and warehouse by id only.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder extends BaseEntity {

    private String orderNumber;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String externalRef;
    /** The reference as it is compared ({@link Normalization#key}): unique per channel in the database. */
    private String externalRefKey;
    private long customerId;
    private long warehouseId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    private OrderStatus heldFrom;
    private String holdReason;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private LocalDate requestedDate;
    private LocalDate promisedDate;
    private String notes;
    private String shipName;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "ship_street")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "ship_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city")),
        @AttributeOverride(name = "province", column = @Column(name = "ship_province")),
        @AttributeOverride(name = "country", column = @Column(name = "ship_country"))
    })
    private Address shipTo;
    private String paymentTerms;
    private BigDecimal netTotal = BigDecimal.ZERO;
    private BigDecimal vatTotal = BigDecimal.ZERO;
    private BigDecimal grossTotal = BigDecimal.ZERO;
    /** What the customer pays: the gross total, less the VAT under split payment. */
    private BigDecimal amountDue = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    private VatTreatment vatTreatment = VatTreatment.DOMESTIC;
    private String vatReference;
    /** The sales agent who placed the order (their username), null when it was not an agent. */
    private String agentUsername;
    private Long intentDeclarationId;
    private Instant createdAt;
    private String createdBy;
    private Instant confirmedAt;
    // The insert of a line or history row writes its order_id; not updatable, so Hibernate does not write it a
    // second time with one UPDATE per row after the inserts.
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("changedAt, id")
    private List<StatusChange> history = new ArrayList<>();
    @Version
    private long version;

    protected SalesOrder() {
    }

    /** A new draft; it gets its number with {@link #assignNumber} just before it is stored. */
    public SalesOrder(Channel channel, String externalRef, long customerId, String shipName,
                      Address shipTo, long warehouseId, Priority priority, LocalDate requestedDate, String notes,
                      String paymentTerms, String user, Instant at) {
        this.channel = channel;
        this.externalRef = externalRef;
        this.externalRefKey = Normalization.key(externalRef);
        this.customerId = customerId;
        this.shipName = shipName;
        this.shipTo = shipTo;
        this.warehouseId = warehouseId;
        this.priority = priority;
        this.requestedDate = requestedDate;
        this.notes = notes;
        this.paymentTerms = paymentTerms;
        this.createdAt = at;
        this.createdBy = user;
        this.status = OrderStatus.DRAFT;
        history.add(new StatusChange(null, OrderStatus.DRAFT, user, at, null));
    }

    /**
     * Numbers are drawn as late as possible: the numbering row stays locked
     * until commit, so everything slow (checks, pricing, credit) happens first.
     */
    public void assignNumber(OrderNumber number) {
        if (orderNumber != null) {
            throw new IllegalStateException("order already numbered " + orderNumber);
        }
        orderNumber = number.value();
    }

    /**
     * Sets how VAT applies, before any line is added: every line then gets its rate from the treatment. The
     * order keeps it, so a later change of the customer never alters the order.
     */
    public void applyVat(VatTreatment treatment, String reference, Long declarationId) {
        requireStatus(OrderStatus.DRAFT);
        if (!lines.isEmpty()) {
            throw new IllegalStateException("VAT treatment set after the lines of " + orderNumber);
        }
        vatTreatment = treatment;
        vatReference = reference == null || reference.isEmpty() ? null : reference;
        intentDeclarationId = declarationId;
        recomputeTotals();
    }

    /** Adds a line of a product whose own VAT rate is {@code productVatRate}; the order's treatment applies it. */
    public OrderLine addLine(long productId, BigDecimal qty, BigDecimal unitPrice, BigDecimal discountPct,
                             BigDecimal productVatRate, String priceNote) {
        return addLine(productId, qty, unitPrice, discountPct, productVatRate, priceNote, null);
    }

    /** A line with where its price came from. */
    public OrderLine addLine(long productId, BigDecimal qty, BigDecimal unitPrice, BigDecimal discountPct,
                             BigDecimal productVatRate, String priceNote,
                             LinePriceSource priceSource) {
        requireStatus(OrderStatus.DRAFT);
        OrderLine line = new OrderLine(lines.size() + 1, productId, qty, unitPrice, discountPct,
                vatTreatment.lineRate(productVatRate), priceNote, priceSource);
        lines.add(line);
        recomputeTotals();
        return line;
    }

    /** Changes a line's price and discount while the order is still a draft (e.g. an order-value discount). */
    public void repriceLine(OrderLine line, BigDecimal unitPrice, BigDecimal discountPct, String priceNote) {
        requireStatus(OrderStatus.DRAFT);
        line.reprice(unitPrice, discountPct, priceNote);
        recomputeTotals();
    }

    private void recomputeTotals() {
        netTotal = lines.stream().map(OrderLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        vatTotal = lines.stream().map(OrderLine::vatAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        grossTotal = netTotal.add(vatTotal);
        amountDue = vatTreatment.vatCollected() ? grossTotal : netTotal;
    }

    /** Taxable and VAT per rate, highest rate first: the summary printed under the lines. */
    public Map<BigDecimal, BigDecimal[]> vatSummary() {
        Map<BigDecimal, BigDecimal[]> byRate = new TreeMap<>(Collections.reverseOrder());
        for (OrderLine line : lines) {
            BigDecimal[] sums = byRate.computeIfAbsent(line.vatRate().stripTrailingZeros(),
                    r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(line.netAmount());
            sums[1] = sums[1].add(line.vatAmount());
        }
        return byRate;
    }

    // --- allocation, called by the confirmation and receiving use cases under stock row locks

    public void allocate(OrderLine line, BigDecimal qty) {
        line.allocate(qty);
    }

    public void backorder(OrderLine line, BigDecimal qty, LocalDate promised) {
        line.backorder(qty, promised);
    }

    public void fillBackorder(OrderLine line, BigDecimal qty, LocalDate today) {
        line.fillBackorder(qty, today);
        updatePromisedDate();
    }

    public void repromise(OrderLine line, LocalDate date) {
        line.promise(date);
        updatePromisedDate();
    }

    /** The order can leave when its last line can: the latest line promise, none if any line has none. */
    public void updatePromisedDate() {
        LocalDate latest = null;
        for (OrderLine line : lines) {
            if (line.promisedDate() == null) {
                promisedDate = null;
                return;
            }
            if (latest == null || line.promisedDate().isAfter(latest)) {
                latest = line.promisedDate();
            }
        }
        promisedDate = latest;
    }

    // --- lifecycle

    public void confirm(String user, Instant at) {
        if (lines.isEmpty()) {
            throw new DomainException("order.noLines", orderNumber);
        }
        if (status == OrderStatus.ON_HOLD && heldFrom != OrderStatus.DRAFT) {
            throw new DomainException("order.transition.illegal", orderNumber, status.name(), OrderStatus.CONFIRMED.name());
        }
        move(OrderStatus.CONFIRMED, user, at, null);
        heldFrom = null;
        holdReason = null;
        confirmedAt = at;
    }

    public void hold(String reason, String user, Instant at) {
        OrderStatus from = status;
        move(OrderStatus.ON_HOLD, user, at, reason);
        heldFrom = from;
        holdReason = reason;
    }

    /**
     * Takes the order off hold. A hold taken at confirmation (credit, blocked
     * customer) returns to DRAFT so the caller continues the confirmation; a
     * hold on a confirmed order returns it where it was.
     */
    public OrderStatus release(String user, Instant at, String reason) {
        requireStatus(OrderStatus.ON_HOLD);
        OrderStatus back = heldFrom;
        move(back, user, at, reason);
        heldFrom = null;
        holdReason = null;
        return back;
    }

    /** Cancels the order; returns the quantities each line held, which the caller releases from stock. */
    public Map<OrderLine, BigDecimal> cancel(String user, Instant at, String reason) {
        move(OrderStatus.CANCELLED, user, at, reason);
        Map<OrderLine, BigDecimal> held = new java.util.LinkedHashMap<>();
        for (OrderLine line : lines) {
            if (line.allocatedQty().signum() > 0) {
                held.put(line, line.allocatedQty());
            }
            line.clearAllocation();
        }
        return held;
    }

    /**
     * The warehouse starts on what is allocated. Lines still waiting for
     * stock stay open and leave later with a shipment of their own; an order
     * whose every line still waits has nothing to pick.
     */
    public void startPicking(String user, Instant at) {
        if (lines.stream().noneMatch(l -> l.allocatedQty().signum() > 0)
                && lines.stream().anyMatch(l -> l.backorderedQty().signum() > 0)) {
            throw new DomainException("order.pick.nothing", orderNumber);
        }
        move(OrderStatus.PICKING, user, at, null);
    }

    public void pack(String user, Instant at) {
        move(OrderStatus.PACKED, user, at, null);
    }

    /** The goods leave: the caller takes each line's allocated quantity off on hand. */
    public void ship(String user, Instant at) {
        move(OrderStatus.SHIPPED, user, at, null);
    }

    /**
     * Goods packed for one shipment leave: each quantity comes off its line's
     * allocation (the caller takes it off stock under the row lock). The order
     * is SHIPPED when every line has left in full, PARTIALLY_SHIPPED while
     * something is still allocated or backordered.
     *
     * @throws DomainException when a quantity is more than its line holds
     */
    public OrderStatus shipPart(Map<OrderLine, BigDecimal> quantities, String user, Instant at) {
        if (status != OrderStatus.PICKING && status != OrderStatus.PACKED) {
            throw new DomainException("order.status.required", orderNumber, OrderStatus.PICKING.name(), status.name());
        }
        for (Map.Entry<OrderLine, BigDecimal> e : quantities.entrySet()) {
            OrderLine line = e.getKey();
            if (!lines.contains(line)) {
                throw new IllegalArgumentException("line of another order");
            }
            if (e.getValue().signum() <= 0 || e.getValue().compareTo(line.allocatedQty()) > 0) {
                throw new DomainException("shipment.line.tooMuch", orderNumber, line.lineNo(),
                        Quantities.shown(e.getValue()), Quantities.shown(line.allocatedQty()));
            }
        }
        quantities.forEach(OrderLine::ship);
        boolean complete = lines.stream().allMatch(l -> l.shippedQty().compareTo(l.quantity()) == 0);
        move(complete ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED, user, at, null);
        return status;
    }

    public void deliver(String user, Instant at) {
        move(OrderStatus.DELIVERED, user, at, null);
    }

    /**
     * Changes what the customer may still change without touching stock: the
     * requested date, the priority, their reference and the notes. Only
     * until the warehouse starts on the order (a hold taken while picking
     * counts as started).
     */
    public void editHeader(LocalDate newRequestedDate, Priority newPriority, String newExternalRef, String newNotes) {
        if (!editable()) {
            throw new DomainException("order.edit.tooLate", orderNumber, status.name());
        }
        requestedDate = newRequestedDate;
        priority = newPriority == null ? Priority.NORMAL : newPriority;
        externalRef = newExternalRef;
        externalRefKey = Normalization.key(newExternalRef);
        notes = newNotes;
    }

    /** Whether the header may still be changed: taken, confirmed, or held before the warehouse started. */
    public boolean editable() {
        return status == OrderStatus.DRAFT || status == OrderStatus.CONFIRMED
                || (status == OrderStatus.ON_HOLD && (heldFrom == OrderStatus.DRAFT || heldFrom == OrderStatus.CONFIRMED));
    }

    private void move(OrderStatus to, String user, Instant at, String reason) {
        if (!status.next().contains(to)) {
            throw new DomainException("order.transition.illegal", orderNumber, status.name(), to.name());
        }
        history.add(new StatusChange(status, to, user, at, reason));
        status = to;
    }

    /**
     * Refuses a change based on an older copy of the order: the screen that
     * shows version {@code expected} was open while someone else saved a newer
     * one, and what the user decided may no longer fit it.
     */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw new StaleDataException(SalesOrder.class.getSimpleName(), id, orderNumber);
        }
    }

    private void requireStatus(OrderStatus expected) {
        if (status != expected) {
            throw new DomainException("order.status.required", orderNumber, expected.name(), status.name());
        }
    }

    public String number() {
        return orderNumber;
    }

    public Channel channel() {
        return channel;
    }

    public String externalRef() {
        return externalRef;
    }

    /** The sales agent who placed it, or null. */
    public String agent() {
        return agentUsername;
    }

    /** Records the sales agent taking the order, so sales can be cut by agent. */
    public void takenByAgent(String username) {
        this.agentUsername = username;
    }

    public long customerId() {
        return customerId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public OrderStatus status() {
        return status;
    }

    public OrderStatus heldFrom() {
        return heldFrom;
    }

    public String holdReason() {
        return holdReason;
    }

    public Priority priority() {
        return priority;
    }

    public LocalDate requestedDate() {
        return requestedDate;
    }

    public LocalDate promisedDate() {
        return promisedDate;
    }

    public String notes() {
        return notes;
    }

    public String shipName() {
        return shipName;
    }

    public Address shipTo() {
        return shipTo;
    }

    public String paymentTerms() {
        return paymentTerms;
    }

    public BigDecimal netTotal() {
        return netTotal;
    }

    public BigDecimal vatTotal() {
        return vatTotal;
    }

    public BigDecimal grossTotal() {
        return grossTotal;
    }

    public BigDecimal amountDue() {
        return amountDue;
    }

    public VatTreatment vatTreatment() {
        return vatTreatment;
    }

    /** The customer's VAT number (intra-EU), the declaration's protocol, the office code; null for none. */
    public String vatReference() {
        return vatReference;
    }

    /** The declaration of intent the order consumed, if it was taken under one. */
    public Long intentDeclarationId() {
        return intentDeclarationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<StatusChange> history() {
        return Collections.unmodifiableList(history);
    }

    public long version() {
        return version;
    }
}

package it.ordo.domain.returns;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.Quantities;
import it.ordo.domain.order.OrderLine;
import jakarta.persistence.CascadeType;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A return under an RMA number: lines of one order, the reason, what the
 * customer wishes, and the credit it is worth (the sum of its lines, so the
 * credit always adds up). Requested, then authorised or refused; received
 * once and inspected line by line: the version stops a second receipt or
 * inspection of the same RMA by someone else at the same moment.
 */
@Entity
@Table(name = "return_order")
public class CustomerReturn extends BaseEntity {

    public static final int MAX_REASON = 500;

    private String rmaNumber;
    private long orderId;
    /** Kept with the return: order numbers never change, and lists need no join. */
    private String orderNumber;
    private long customerId;
    private Long ticketId;
    @Enumerated(EnumType.STRING)
    private ReturnStatus status;
    private String reason;
    @Enumerated(EnumType.STRING)
    private ReturnWish wish;
    private Instant createdAt;
    private String createdBy;
    private Instant authorisedAt;
    private String authorisedBy;
    private Instant refusedAt;
    private String refusedBy;
    private String refusalReason;
    private Instant receivedAt;
    private String receivedBy;
    private Instant inspectedAt;
    private String inspectedBy;
    private BigDecimal creditNet = BigDecimal.ZERO;
    private BigDecimal creditVat = BigDecimal.ZERO;
    private BigDecimal creditGross = BigDecimal.ZERO;
    private String creditNoteNumber;
    private Instant creditedAt;
    private String creditedBy;
    private String windowOverrideReason;
    private String windowOverrideBy;
    private String replacementOrderNumber;
    private Instant closedAt;
    private String closedBy;
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "return_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<ReturnLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected CustomerReturn() {
    }

    public CustomerReturn(long orderId, String orderNumber, long customerId, Long ticketId, String reason, ReturnWish wish, String user,
                          Instant at) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new DomainException("return.reason.missing");
        }
        if (r.length() > MAX_REASON) {
            throw new DomainException("return.reason.tooLong", r.length(), MAX_REASON);
        }
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.ticketId = ticketId;
        this.reason = r;
        this.wish = wish == null ? ReturnWish.REFUND : wish;
        this.status = ReturnStatus.REQUESTED;
        this.createdAt = at;
        this.createdBy = user;
    }

    /**
     * Adds part of an order line. {@code returnable} is what may still come
     * back: what was shipped of the line less what earlier returns took.
     */
    public void add(OrderLine line, BigDecimal qty, BigDecimal returnable) {
        if (qty == null || qty.signum() <= 0) {
            throw new DomainException("return.qty.notPositive", line.lineNo());
        }
        if (qty.compareTo(returnable) > 0) {
            throw new DomainException("return.qty.tooMuch", orderNumber, line.lineNo(), Quantities.shown(qty),
                    Quantities.shown(returnable));
        }
        if (lines.stream().anyMatch(l -> l.orderLineId() == line.id())) {
            throw new DomainException("return.line.twice", line.lineNo());
        }
        ReturnLine added = new ReturnLine(line.id(), line.lineNo(), line.productId(), qty, line.quantity(),
                line.netAmount(), line.vatRate());
        lines.add(added);
        creditNet = creditNet.add(added.creditNet());
        creditVat = creditVat.add(added.creditVat());
        creditGross = creditNet.add(creditVat);
    }

    public void assignNumber(String number) {
        if (lines.isEmpty()) {
            throw new DomainException("return.noLines");
        }
        rmaNumber = number;
    }

    /** Customer service accepts the request: the customer may send the goods. */
    public void authorise(String user, Instant at) {
        requireRequested();
        status = ReturnStatus.AUTHORISED;
        authorisedAt = at;
        authorisedBy = user;
    }

    /** Customer service turns the request down, saying why (the customer is told). */
    public void refuse(String why, String user, Instant at) {
        String r = why == null ? "" : why.strip();
        if (r.isEmpty()) {
            throw new DomainException("return.refusal.reasonMissing", rmaNumber);
        }
        if (r.length() > MAX_REASON) {
            throw new DomainException("return.reason.tooLong", r.length(), MAX_REASON);
        }
        requireRequested();
        status = ReturnStatus.REFUSED;
        refusalReason = r;
        refusedAt = at;
        refusedBy = user;
    }

    private void requireRequested() {
        if (status != ReturnStatus.REQUESTED) {
            throw new DomainException("return.notRequested", rmaNumber, status.name());
        }
    }

    /** The parcel is at the warehouse (its RMA barcode scanned): once, and only for an authorised return. */
    public void receive(String user, Instant at) {
        if (status == ReturnStatus.REQUESTED || status == ReturnStatus.REFUSED) {
            throw new DomainException("return.notAuthorised", rmaNumber, status.name());
        }
        if (status != ReturnStatus.AUTHORISED) {
            throw new DomainException("return.alreadyReceived", rmaNumber, receivedBy);
        }
        status = ReturnStatus.RECEIVED;
        receivedAt = at;
        receivedBy = user;
    }

    /**
     * Lines of a received return are inspected, each given its outcome once; the return is INSPECTED when every
     * line has one. Returns the lines inspected now, for their ledger rows.
     */
    public List<ReturnLine> inspect(Map<Integer, ReturnOutcome> outcomes, String user, Instant at) {
        if (status == ReturnStatus.REQUESTED || status == ReturnStatus.REFUSED || status == ReturnStatus.AUTHORISED) {
            throw new DomainException("return.notReceived", rmaNumber, status.name());
        }
        if (status != ReturnStatus.RECEIVED) {
            throw new DomainException("return.alreadyInspected", rmaNumber, inspectedBy);
        }
        if (outcomes.isEmpty()) {
            throw new DomainException("return.outcome.none", rmaNumber);
        }
        for (Integer lineNo : outcomes.keySet()) {
            ReturnLine line = lines.stream().filter(l -> l.lineNo() == lineNo).findFirst()
                    .orElseThrow(() -> new DomainException("return.line.notInReturn", rmaNumber, lineNo));
            if (line.outcome() != null) {
                throw new DomainException("return.line.inspected", rmaNumber, lineNo, line.outcome().name());
            }
        }
        List<ReturnLine> inspected = new ArrayList<>();
        for (ReturnLine line : lines) {
            ReturnOutcome outcome = outcomes.get(line.lineNo());
            if (outcome != null) {
                line.settle(outcome);
                inspected.add(line);
            }
        }
        if (lines.stream().allMatch(l -> l.outcome() != null)) {
            status = ReturnStatus.INSPECTED;
            inspectedAt = at;
            inspectedBy = user;
        }
        return inspected;
    }

    /**
     * The return is authorised although its window closed: who let it
     * through and why, kept with the return (and so in its audit trail).
     */
    public void overrideWindow(String why, String user) {
        String r = why == null ? "" : why.strip();
        if (r.isEmpty()) {
            throw new DomainException("return.window.reasonMissing");
        }
        if (r.length() > MAX_REASON) {
            throw new DomainException("return.reason.tooLong", r.length(), MAX_REASON);
        }
        windowOverrideReason = r;
        windowOverrideBy = user;
    }

    /**
     * The customer's money goes back: the credit note {@code number} settles
     * the return's credit. Only for goods received (what is not back is not
     * credited), and once.
     */
    public void credit(String number, String user, Instant at) {
        requireCreditable();
        creditNoteNumber = number;
        creditedAt = at;
        creditedBy = user;
        status = ReturnStatus.CREDITED;
    }

    /** Refuses a credit of goods not back yet, or a second one, or of a return settled otherwise. */
    public void requireCreditable() {
        if (status == ReturnStatus.CREDITED) {
            throw new DomainException("return.alreadyCredited", rmaNumber, creditNoteNumber);
        }
        requireSettleable();
    }

    /** Refuses to settle a return whose goods are not back and inspected, or one settled already. */
    public void requireSettleable() {
        if (status.closed()) {
            throw new DomainException("return.alreadySettled", rmaNumber, status.name());
        }
        if (status != ReturnStatus.INSPECTED) {
            throw new DomainException("return.credit.notReceived", rmaNumber);
        }
    }

    /** Refuses a replacement the customer did not ask for, before any order is placed. */
    public void requireReplaceable() {
        requireSettleable();
        if (wish != ReturnWish.REPLACEMENT) {
            throw new DomainException("return.wish.other", rmaNumber, wish.name(), ReturnWish.REPLACEMENT.name());
        }
    }

    /**
     * The customer gets new goods: the order placed for them closes the return. Kept by number, like the
     * order returned from: order numbers never change.
     */
    public void replaced(String orderNumber, String user, Instant at) {
        requireReplaceable();
        replacementOrderNumber = orderNumber;
        close(ReturnStatus.REPLACED, user, at);
    }

    /** The goods were repaired for the customer: recorded, no money moves. */
    public void repaired(String user, Instant at) {
        requireSettleable();
        if (wish != ReturnWish.REPAIR) {
            throw new DomainException("return.wish.other", rmaNumber, wish.name(), ReturnWish.REPAIR.name());
        }
        close(ReturnStatus.REPAIRED, user, at);
    }

    private void close(ReturnStatus settled, String user, Instant at) {
        status = settled;
        closedAt = at;
        closedBy = user;
    }

    public String replacementOrderNumber() {
        return replacementOrderNumber;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public String creditNoteNumber() {
        return creditNoteNumber;
    }

    public Instant creditedAt() {
        return creditedAt;
    }

    public String creditedBy() {
        return creditedBy;
    }

    public String windowOverrideReason() {
        return windowOverrideReason;
    }

    public String windowOverrideBy() {
        return windowOverrideBy;
    }

    public String number() {
        return rmaNumber;
    }

    public long orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public long customerId() {
        return customerId;
    }

    public Long ticketId() {
        return ticketId;
    }

    public ReturnStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public ReturnWish wish() {
        return wish;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant authorisedAt() {
        return authorisedAt;
    }

    public String authorisedBy() {
        return authorisedBy;
    }

    public Instant refusedAt() {
        return refusedAt;
    }

    public String refusedBy() {
        return refusedBy;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public Instant inspectedAt() {
        return inspectedAt;
    }

    public String inspectedBy() {
        return inspectedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public BigDecimal creditNet() {
        return creditNet;
    }

    public BigDecimal creditVat() {
        return creditVat;
    }

    public BigDecimal creditGross() {
        return creditGross;
    }

    public List<ReturnLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public long version() {
        return version;
    }
}

package it.ordo.domain.fulfilment;

import it.ordo.domain.Address;
import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.Quantities;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Goods of one order that left together, with the DDT they travel with. The
 * recipient and destination are copied from the order at issue, so a reprint
 * is the document that travelled. A shipment is never deleted: a mistaken DDT
 * is cancelled and keeps its number.
 */
@Entity
@Table(name = "shipment")
public class Shipment extends BaseEntity {

    private long orderId;
    private long warehouseId;
    private Long carrierId;
    private String ddtSeries;
    private int ddtYear;
    private int ddtNumber;
    private Instant issuedAt;
    private Instant transportStart;
    @Enumerated(EnumType.STRING)
    private TransportBy transportBy;
    @Enumerated(EnumType.STRING)
    private TransportReason reason;
    @Enumerated(EnumType.STRING)
    private Freight freight;
    private String appearance;
    private BigDecimal grossWeightKg;
    private String recipientName;
    private String recipientAddress;
    private String recipientVat;
    private String destName;
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "dest_street")),
        @AttributeOverride(name = "postalCode", column = @Column(name = "dest_postal_code")),
        @AttributeOverride(name = "city", column = @Column(name = "dest_city")),
        @AttributeOverride(name = "province", column = @Column(name = "dest_province")),
        @AttributeOverride(name = "country", column = @Column(name = "dest_country"))
    })
    private Address destination;
    private String shippedBy;
    private Instant cancelledAt;
    private String cancelReason;
    @Enumerated(EnumType.STRING)
    private TrackingStatus trackingStatus;
    private Instant trackingAt;
    private Instant deliveredAt;
    private Instant exceptionAt;
    private String exceptionText;
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "shipment_id", nullable = false, updatable = false)
    @OrderBy("parcelNo")
    private List<Parcel> parcels = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "shipment_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<ShipmentLine> lines = new ArrayList<>();
    @Version
    private long version;

    protected Shipment() {
    }

    /** The people and places of a DDT. */
    public record Parties(String recipientName, String recipientAddress, String recipientVat, String destName,
                          Address destination) {
    }

    /** How the goods travel. */
    public record Transport(TransportBy by, Long carrierId, TransportReason reason, Freight freight,
                            String appearance, Instant start) {
    }

    public Shipment(long orderId, long warehouseId, Parties parties, Transport transport, String user) {
        if (transport.by() == TransportBy.CARRIER && transport.carrierId() == null) {
            throw new DomainException("shipment.carrier.missing");
        }
        this.orderId = orderId;
        this.warehouseId = warehouseId;
        this.carrierId = transport.carrierId();
        this.transportBy = transport.by();
        this.reason = transport.reason();
        this.freight = transport.freight();
        this.appearance = transport.appearance();
        this.transportStart = transport.start();
        this.recipientName = parties.recipientName();
        this.recipientAddress = parties.recipientAddress();
        this.recipientVat = parties.recipientVat();
        this.destName = parties.destName();
        this.destination = parties.destination();
        this.shippedBy = user;
        this.grossWeightKg = BigDecimal.ZERO;
    }

    /** Limits a person would never mean: a typing slip (kilos for grams) is refused, not printed on a DDT. */
    public static final BigDecimal MAX_PARCEL_KG = new BigDecimal("1000");

    public Parcel addParcel(BigDecimal weightKg, Integer lengthCm, Integer widthCm, Integer heightCm,
                            String trackingNumber) {
        int no = parcels.size() + 1;
        if (weightKg == null || weightKg.signum() <= 0 || weightKg.compareTo(MAX_PARCEL_KG) > 0) {
            throw new DomainException("parcel.weight.invalid", no, weightKg == null ? "" : weightKg.toPlainString());
        }
        for (Integer size : new Integer[] {lengthCm, widthCm, heightCm}) {
            if (size != null && (size <= 0 || size > 400)) {
                throw new DomainException("parcel.size.invalid", no, size);
            }
        }
        Parcel parcel = new Parcel(no, weightKg.setScale(3, java.math.RoundingMode.HALF_UP), lengthCm, widthCm,
                heightCm, trackingNumber == null || trackingNumber.isBlank() ? null : trackingNumber.strip());
        parcels.add(parcel);
        grossWeightKg = grossWeightKg.add(parcel.weightKg());
        return parcel;
    }

    public void addLine(int orderLineNo, int parcelNo, long productId, String sku, String description, String unit,
                        BigDecimal quantity) {
        if (parcelNo < 1 || parcelNo > parcels.size()) {
            throw new IllegalArgumentException("no parcel " + parcelNo);
        }
        lines.add(new ShipmentLine(lines.size() + 1, orderLineNo, parcelNo, productId, sku, description, unit,
                Quantities.qty(quantity)));
    }

    /**
     * The DDT is numbered at the moment of issue, the last step of shipping:
     * the numbering row stays locked until commit.
     */
    public void issue(DdtNumber number, Instant at) {
        if (ddtSeries != null) {
            throw new IllegalStateException("DDT already issued " + ddtNumber());
        }
        if (lines.isEmpty()) {
            throw new DomainException("shipment.empty");
        }
        for (Parcel p : parcels) {
            if (lines.stream().noneMatch(l -> l.parcelNo() == p.parcelNo())) {
                throw new DomainException("parcel.empty", p.parcelNo());
            }
        }
        this.ddtSeries = number.series();
        this.ddtYear = number.year();
        this.ddtNumber = number.sequence();
        this.issuedAt = at;
        if (transportStart == null || transportStart.isBefore(at)) {
            transportStart = at;
        }
    }

    /** A mistaken DDT is cancelled, never deleted: it keeps its number, so the series stays gap-free. */
    public void cancel(String why, Instant at) {
        if (cancelledAt != null) {
            throw new DomainException("ddt.cancelled.already", ddtNumber().toString());
        }
        if (why == null || why.isBlank()) {
            throw new DomainException("ddt.cancel.reason");
        }
        cancelledAt = at;
        cancelReason = why.length() > 300 ? why.substring(0, 300) : why.strip();
    }

    /**
     * A carrier's event of one of the parcels. The shipment's state is that of
     * its latest event, so an event that arrives late (files are not always in
     * order) is kept without turning a delivered shipment back into one in
     * transit. The first delivery stays the delivery time; an exception stays
     * flagged for customer service until a later delivery.
     *
     * @return true when this event delivered the shipment
     */
    public boolean track(TrackingStatus status, Instant at, String text) {
        if (status == null) {
            return false;
        }
        if (trackingAt == null || !at.isBefore(trackingAt)) {
            trackingStatus = status;
            trackingAt = at;
        }
        if (status == TrackingStatus.EXCEPTION && (deliveredAt == null || at.isAfter(deliveredAt))) {
            exceptionAt = at;
            exceptionText = text == null ? null : (text.length() > 300 ? text.substring(0, 300) : text);
        }
        if (status == TrackingStatus.DELIVERED && (deliveredAt == null || at.isBefore(deliveredAt))) {
            boolean first = deliveredAt == null;
            deliveredAt = at;
            if (exceptionAt != null && exceptionAt.isBefore(at)) {
                exceptionAt = null;
                exceptionText = null;
            }
            return first;
        }
        return false;
    }

    public TrackingStatus trackingStatus() {
        return trackingStatus;
    }

    public Instant trackingAt() {
        return trackingAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    /** When a carrier reported a problem still open (a failed delivery, a parcel held), else null. */
    public Instant exceptionAt() {
        return exceptionAt;
    }

    public String exceptionText() {
        return exceptionText;
    }

    public DdtNumber ddtNumber() {
        return ddtSeries == null ? null : new DdtNumber(ddtSeries, ddtYear, ddtNumber);
    }

    public long orderId() {
        return orderId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public Long carrierId() {
        return carrierId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant transportStart() {
        return transportStart;
    }

    public TransportBy transportBy() {
        return transportBy;
    }

    public TransportReason reason() {
        return reason;
    }

    public Freight freight() {
        return freight;
    }

    public String appearance() {
        return appearance;
    }

    public BigDecimal grossWeightKg() {
        return grossWeightKg;
    }

    public String recipientName() {
        return recipientName;
    }

    public String recipientAddress() {
        return recipientAddress;
    }

    public String recipientVat() {
        return recipientVat;
    }

    public String destName() {
        return destName;
    }

    public Address destination() {
        return destination;
    }

    public String shippedBy() {
        return shippedBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<Parcel> parcels() {
        return Collections.unmodifiableList(parcels);
    }

    public List<ShipmentLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}

package it.ordo.application.fulfilment;

import it.ordo.domain.fulfilment.Freight;
import it.ordo.domain.fulfilment.SensorKind;
import it.ordo.domain.fulfilment.TrackingStatus;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.fulfilment.TransportReason;
import it.ordo.domain.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A shipment and its DDT with every field the DDT prints: the sender, the
 * recipient and the place of delivery, the goods, the causale, who transports,
 * parcels, weight and when the transport starts. {@code orderStatus} is the
 * order's status after this shipment (SHIPPED or PARTIALLY_SHIPPED).
 */
public record ShipmentView(String ddtNumber, String orderNumber, OrderStatus orderStatus, String warehouse,
                           Instant issuedAt, Instant transportStart, TransportBy transportBy, CarrierView carrier,
                           TransportReason reason, Freight freight, String appearance, BigDecimal grossWeightKg,
                           Party sender, Party recipient, Party destination, String shippedBy,
                           List<Line> lines, List<ParcelView> parcels, Instant cancelledAt, String cancelReason,
                           Tracking tracking) {

    /**
     * Where the shipment is by its carrier's tracking: the latest state, when
     * it was delivered, an exception still open for customer service, and
     * every event and sensor reading by time.
     */
    public record Tracking(TrackingStatus status, Instant at, Instant deliveredAt, Instant exceptionAt,
                           String exceptionText, List<Event> events) {
    }

    /** A carrier's event ({@code status} set) or a sensor reading ({@code sensor} and {@code value} set). */
    public record Event(int parcelNo, String trackingNumber, Instant at, String carrierStatus, TrackingStatus status,
                        String place, String text, SensorKind sensor, BigDecimal value) {
    }

    /** A name, its address on one line and (for companies) the Partita IVA. */
    public record Party(String name, String address, String vatNumber) {
    }

    public record Line(int lineNo, int orderLineNo, int parcelNo, String sku, String description, String unit,
                       BigDecimal quantity) {
    }

    /** {@code trackingLink} is the carrier's tracking page for this parcel, null when there is none. */
    /** {@code sscc} is the parcel's 18-digit SSCC, or null for a company without a GS1 prefix. */
    public record ParcelView(int parcelNo, BigDecimal weightKg, Integer lengthCm, Integer widthCm, Integer heightCm,
                             String trackingNumber, String trackingLink, String sscc) {
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }
}

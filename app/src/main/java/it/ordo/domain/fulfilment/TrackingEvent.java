package it.ordo.domain.fulfilment;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of a parcel as its carrier reported it, or one reading of a
 * sensor travelling with it. Never changed; the shipment keeps the latest state.
 */
@Entity
@Table(name = "tracking_event")
public class TrackingEvent extends BaseEntity {

    private long shipmentId;
    private int parcelNo;
    private String trackingNumber;
    private Instant occurredAt;
    private String carrierStatus;
    @Enumerated(EnumType.STRING)
    private TrackingStatus status;
    private String place;
    private String description;
    @Enumerated(EnumType.STRING)
    private SensorKind sensor;
    @Column(name = "sensor_value")
    private BigDecimal sensorValue;
    private Instant importedAt;
    private String importedBy;

    protected TrackingEvent() {
    }

    public TrackingEvent(long shipmentId, int parcelNo, String trackingNumber, Instant occurredAt,
                         String carrierStatus, TrackingStatus status, String place, String description,
                         SensorKind sensor, BigDecimal sensorValue, Instant importedAt, String importedBy) {
        if (status == null && sensor == null) {
            throw new IllegalArgumentException("a tracking event has a state or a sensor reading");
        }
        this.shipmentId = shipmentId;
        this.parcelNo = parcelNo;
        this.trackingNumber = trackingNumber;
        this.occurredAt = occurredAt;
        this.carrierStatus = carrierStatus;
        this.status = status;
        this.place = place;
        this.description = description;
        this.sensor = sensor;
        this.sensorValue = sensorValue;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    /** What makes two events the same event, when a carrier sends one again. */
    public String sameness() {
        return trackingNumber + "|" + occurredAt + "|" + Objects.toString(carrierStatus, "") + "|"
                + Objects.toString(sensor, "") + "|" + (sensorValue == null ? "" : sensorValue.stripTrailingZeros());
    }

    public long shipmentId() {
        return shipmentId;
    }

    public int parcelNo() {
        return parcelNo;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String carrierStatus() {
        return carrierStatus;
    }

    public TrackingStatus status() {
        return status;
    }

    public String place() {
        return place;
    }

    public String description() {
        return description;
    }

    public SensorKind sensor() {
        return sensor;
    }

    public BigDecimal sensorValue() {
        return sensorValue;
    }
}

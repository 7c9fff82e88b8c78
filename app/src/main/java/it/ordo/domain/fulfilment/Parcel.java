package it.ordo.domain.fulfilment;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One package of a shipment: it gets one label. */
@Entity
@Table(name = "parcel")
public class Parcel extends BaseEntity {

    @Column(name = "shipment_id", insertable = false, updatable = false)
    private Long shipmentId;
    private int parcelNo;
    private BigDecimal weightKg;
    private Integer lengthCm;
    private Integer widthCm;
    private Integer heightCm;
    private String trackingNumber;
    private String sscc;

    protected Parcel() {
    }

    Parcel(int parcelNo, BigDecimal weightKg, Integer lengthCm, Integer widthCm, Integer heightCm,
           String trackingNumber) {
        this.parcelNo = parcelNo;
        this.weightKg = weightKg;
        this.lengthCm = lengthCm;
        this.widthCm = widthCm;
        this.heightCm = heightCm;
        this.trackingNumber = trackingNumber;
    }

    public int parcelNo() {
        return parcelNo;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public Integer lengthCm() {
        return lengthCm;
    }

    public Integer widthCm() {
        return widthCm;
    }

    public Integer heightCm() {
        return heightCm;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** The parcel's SSCC, given once when it ships (a reprinted label carries the same one). */
    public void identify(Sscc code) {
        if (sscc != null) {
            throw new IllegalStateException("parcel " + parcelNo + " already has SSCC " + sscc);
        }
        sscc = code.value();
    }

    /** Null for parcels of a company without a GS1 prefix, or shipped before it had one. */
    public Sscc sscc() {
        return sscc == null ? null : new Sscc(sscc);
    }
}

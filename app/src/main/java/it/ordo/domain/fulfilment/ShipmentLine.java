package it.ordo.domain.fulfilment;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * Goods of a shipment as the DDT prints them. Description and unit are copied,
 * so a reprint years later shows what the first print showed.
 */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine extends BaseEntity {

    @Column(name = "shipment_id", insertable = false, updatable = false)
    private Long shipmentId;
    private int lineNo;
    private int orderLineNo;
    private int parcelNo;
    private long productId;
    private String sku;
    private String description;
    private String unit;
    private BigDecimal quantity;

    protected ShipmentLine() {
    }

    ShipmentLine(int lineNo, int orderLineNo, int parcelNo, long productId, String sku, String description,
                 String unit, BigDecimal quantity) {
        this.lineNo = lineNo;
        this.orderLineNo = orderLineNo;
        this.parcelNo = parcelNo;
        this.productId = productId;
        this.sku = sku;
        this.description = description;
        this.unit = unit;
        this.quantity = quantity;
    }

    public int lineNo() {
        return lineNo;
    }

    public int orderLineNo() {
        return orderLineNo;
    }

    public int parcelNo() {
        return parcelNo;
    }

    public long productId() {
        return productId;
    }

    public String sku() {
        return sku;
    }

    public String description() {
        return description;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal quantity() {
        return quantity;
    }
}

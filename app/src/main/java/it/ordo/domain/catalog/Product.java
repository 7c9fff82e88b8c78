package it.ordo.domain.catalog;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A sellable article, identified by SKU and optionally by its EAN-13 barcode. */
@Entity
@Table(name = "product")
public class Product extends BaseEntity {

    private String sku;
    private String ean;
    private String description;
    private String category;
    @Enumerated(EnumType.STRING)
    private Unit unit;
    @Column(name = "vat_rate")
    private BigDecimal vatRate;
    @Column(name = "unit_cost")
    private BigDecimal unitCost;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    private boolean active = true;
    /** Below this available quantity in a warehouse the product should be reordered; zero means none set. */
    @Column(name = "reorder_point")
    private BigDecimal reorderPoint = BigDecimal.ZERO;
    /** Sold from this quantity on (null: from any quantity). */
    @Column(name = "min_order_qty")
    private BigDecimal minOrderQty;
    /** Sold in whole packs of this many (null: any quantity its unit allows). */
    @Column(name = "pack_multiple")
    private BigDecimal packMultiple;
    @Version
    private long version;

    protected Product() {
    }

    public Product(String sku, String ean, String description, String category, Unit unit,
                   BigDecimal vatRate, BigDecimal unitCost, BigDecimal weightKg) {
        this.sku = sku;
        update(ean, description, category, unit, vatRate, unitCost, weightKg);
    }

    /** Master data from the ERP replaces ours wholesale; the SKU is the key and never changes. */
    public final void update(String ean, String description, String category, Unit unit,
                             BigDecimal vatRate, BigDecimal unitCost, BigDecimal weightKg) {
        if (!VatRates.isAllowed(vatRate)) {
            throw new DomainException("product.vatRate.invalid", vatRate);
        }
        this.ean = ean == null || ean.isBlank() ? null : Ean13.of(ean).value();
        this.description = description;
        this.category = category;
        this.unit = unit;
        this.vatRate = vatRate;
        this.unitCost = unitCost;
        this.weightKg = weightKg;
    }

    public void setReorderPoint(BigDecimal reorderPoint) {
        if (reorderPoint == null || reorderPoint.signum() < 0) {
            throw new DomainException("product.reorderPoint.invalid", reorderPoint);
        }
        this.reorderPoint = reorderPoint;
    }

    public BigDecimal reorderPoint() {
        return reorderPoint;
    }

    /** The minimum quantity and the pack multiple an order line must respect; null clears either. */
    public void sellInPacks(BigDecimal minimum, BigDecimal multiple) {
        new OrderQuantity(minimum, multiple); // refuses a zero or negative figure before anything changes
        this.minOrderQty = minimum;
        this.packMultiple = multiple;
    }

    /** How many of it an order line may ask for. */
    public OrderQuantity orderQuantity() {
        return new OrderQuantity(minOrderQty, packMultiple);
    }

    public void deactivate() {
        active = false;
    }

    public String sku() {
        return sku;
    }

    public String ean() {
        return ean;
    }

    public String description() {
        return description;
    }

    public String category() {
        return category;
    }

    public Unit unit() {
        return unit;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public boolean active() {
        return active;
    }
}

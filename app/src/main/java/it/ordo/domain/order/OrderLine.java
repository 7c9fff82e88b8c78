package it.ordo.domain.order;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.Quantities;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A line of a sales order. Amounts are rounded half-up to the cent on the line;
 * the order's totals are sums of its lines, so the document always adds up.
 */
@Entity
@Table(name = "sales_order_line")
public class OrderLine extends BaseEntity {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Column(name = "order_id", insertable = false, updatable = false)
    private Long orderId;
    private int lineNo;
    private long productId;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal discountPct;
    private BigDecimal vatRate;
    private BigDecimal netAmount;
    private BigDecimal vatAmount;
    private BigDecimal grossAmount;
    private BigDecimal allocatedQty = BigDecimal.ZERO;
    private BigDecimal backorderedQty = BigDecimal.ZERO;
    /** What has left with shipments: it no longer counts as allocated. */
    private BigDecimal shippedQty = BigDecimal.ZERO;
    private LocalDate promisedDate;
    private String priceNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "price_source")
    private LinePriceSource priceSource;

    protected OrderLine() {
    }

    OrderLine(int lineNo, long productId, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
              BigDecimal vatRate, String priceNote, LinePriceSource priceSource) {
        this.priceSource = priceSource;
        this.lineNo = lineNo;
        this.productId = productId;
        this.quantity = Quantities.qty(quantity);
        this.vatRate = vatRate;
        reprice(unitPrice, discountPct, priceNote);
    }

    final void reprice(BigDecimal newUnitPrice, BigDecimal newDiscountPct, String note) {
        this.unitPrice = newUnitPrice;
        this.discountPct = newDiscountPct.setScale(2, RoundingMode.HALF_UP);
        this.priceNote = note == null || note.length() <= 300 ? note : note.substring(0, 300);
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal factor = HUNDRED.subtract(discountPct).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        this.netAmount = Quantities.money(gross.multiply(factor));
        this.vatAmount = Quantities.money(netAmount.multiply(vatRate).divide(HUNDRED, 6, RoundingMode.HALF_UP));
        this.grossAmount = netAmount.add(vatAmount);
    }

    void allocate(BigDecimal qty) {
        allocatedQty = allocatedQty.add(qty);
    }

    void backorder(BigDecimal qty, LocalDate promised) {
        backorderedQty = qty;
        promisedDate = promised;
    }

    /** Part of the backorder was covered by goods received; it is allocated now. */
    void fillBackorder(BigDecimal qty, LocalDate today) {
        backorderedQty = backorderedQty.subtract(qty);
        allocatedQty = allocatedQty.add(qty);
        if (backorderedQty.signum() == 0) {
            promisedDate = today;
        }
    }

    /** Part of the allocation leaves with a shipment. */
    void ship(BigDecimal qty) {
        allocatedQty = allocatedQty.subtract(qty);
        shippedQty = shippedQty.add(qty);
    }

    void clearAllocation() {
        allocatedQty = BigDecimal.ZERO;
        backorderedQty = BigDecimal.ZERO;
    }

    void promise(LocalDate date) {
        promisedDate = date;
    }

    public BigDecimal outstanding() {
        return quantity.subtract(allocatedQty).subtract(backorderedQty).subtract(shippedQty);
    }

    public BigDecimal shippedQty() {
        return shippedQty;
    }

    public Long orderId() {
        return orderId;
    }

    public int lineNo() {
        return lineNo;
    }

    public long productId() {
        return productId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public BigDecimal discountPct() {
        return discountPct;
    }

    public BigDecimal vatRate() {
        return vatRate;
    }

    public BigDecimal netAmount() {
        return netAmount;
    }

    public BigDecimal vatAmount() {
        return vatAmount;
    }

    public BigDecimal grossAmount() {
        return grossAmount;
    }

    public BigDecimal allocatedQty() {
        return allocatedQty;
    }

    public BigDecimal backorderedQty() {
        return backorderedQty;
    }

    public LocalDate promisedDate() {
        return promisedDate;
    }

    /** Where the price came from; null for lines written before it was kept. */
    public LinePriceSource priceSource() {
        return priceSource;
    }

    public String priceNote() {
        return priceNote;
    }
}

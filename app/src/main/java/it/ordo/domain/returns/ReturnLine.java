package it.ordo.domain.returns;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.Quantities;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A line of a return: part of an order line's quantity, credited at that
 * line's own net price per unit (its discount included) and VAT rate.
 */
@Entity
@Table(name = "return_line")
public class ReturnLine extends BaseEntity {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Column(name = "return_id", insertable = false, updatable = false)
    private Long returnId;
    private long orderLineId;
    private int lineNo;
    private long productId;
    private BigDecimal quantity;
    @Enumerated(EnumType.STRING)
    private ReturnOutcome outcome;
    private BigDecimal creditNet;
    private BigDecimal creditVat;

    protected ReturnLine() {
    }

    /**
     * @param lineNet  the order line's net amount, for {@code lineQty}: the credit is its share, to the cent
     * @param vatRate  the order line's VAT rate, in percent
     */
    ReturnLine(long orderLineId, int lineNo, long productId, BigDecimal quantity, BigDecimal lineQty,
               BigDecimal lineNet, BigDecimal vatRate) {
        this.orderLineId = orderLineId;
        this.lineNo = lineNo;
        this.productId = productId;
        this.quantity = Quantities.qty(quantity);
        this.creditNet = quantity.compareTo(lineQty) == 0 ? lineNet
                : Quantities.money(lineNet.multiply(quantity).divide(lineQty, 6, RoundingMode.HALF_UP));
        this.creditVat = Quantities.money(creditNet.multiply(vatRate).divide(HUNDRED, 6, RoundingMode.HALF_UP));
    }

    void settle(ReturnOutcome result) {
        this.outcome = result;
    }

    public long orderLineId() {
        return orderLineId;
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

    public ReturnOutcome outcome() {
        return outcome;
    }

    public BigDecimal creditNet() {
        return creditNet;
    }

    public BigDecimal creditVat() {
        return creditVat;
    }
}

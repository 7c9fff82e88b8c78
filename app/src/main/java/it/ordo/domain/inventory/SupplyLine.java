package it.ordo.domain.inventory;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.Quantities;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A line of a supplier purchase order: goods expected on a date, partly or not yet received. */
@Entity
@Table(name = "supply_line")
public class SupplyLine extends BaseEntity {

    private String poNumber;
    private long productId;
    private long warehouseId;
    private BigDecimal quantity;
    private BigDecimal receivedQty = BigDecimal.ZERO;
    private LocalDate expectedDate;
    @Version
    private long version;

    protected SupplyLine() {
    }

    public SupplyLine(String poNumber, long productId, long warehouseId, BigDecimal quantity, LocalDate expectedDate) {
        if (quantity.signum() <= 0) {
            throw new DomainException("quantity.notPositive", Quantities.shown(quantity));
        }
        this.poNumber = poNumber;
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.quantity = quantity;
        this.expectedDate = expectedDate;
    }

    public BigDecimal outstanding() {
        return quantity.subtract(receivedQty);
    }

    /** Books up to {@code qty} as received on this line; returns how much it took. */
    public BigDecimal receive(BigDecimal qty) {
        BigDecimal take = qty.min(outstanding());
        receivedQty = receivedQty.add(take);
        return take;
    }

    /** The supplier now expects to deliver what is still to come on another day. */
    public void reschedule(LocalDate expected) {
        this.expectedDate = expected;
    }

    public String poNumber() {
        return poNumber;
    }

    public long productId() {
        return productId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal receivedQty() {
        return receivedQty;
    }

    public LocalDate expectedDate() {
        return expectedDate;
    }
}

package it.ordo.domain.inventory;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of the stock ledger. Never updated, never deleted: the counters must always equal its sums. */
@Entity
@Table(name = "stock_movement")
public class StockMovement extends BaseEntity {

    private long productId;
    private long warehouseId;
    @Enumerated(EnumType.STRING)
    private MovementKind kind;
    private BigDecimal onHandDelta;
    private BigDecimal allocatedDelta;
    private BigDecimal quarantinedDelta = BigDecimal.ZERO;
    private BigDecimal writtenOff = BigDecimal.ZERO;
    private BigDecimal writtenOffValue = BigDecimal.ZERO;
    private String reference;
    private String username;
    private Instant createdAt;

    protected StockMovement() {
    }

    StockMovement(long productId, long warehouseId, MovementKind kind, BigDecimal onHandDelta,
                  BigDecimal allocatedDelta, String reference, String username, Instant createdAt) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.kind = kind;
        this.onHandDelta = onHandDelta;
        this.allocatedDelta = allocatedDelta;
        this.reference = reference;
        this.username = username;
        this.createdAt = createdAt;
    }

    /** A row that also moves the quarantine bucket, or records goods written off and their value. */
    StockMovement(long productId, long warehouseId, MovementKind kind, BigDecimal onHandDelta,
                  BigDecimal allocatedDelta, BigDecimal quarantinedDelta, BigDecimal writtenOff,
                  BigDecimal writtenOffValue, String reference, String username, Instant createdAt) {
        this(productId, warehouseId, kind, onHandDelta, allocatedDelta, reference, username, createdAt);
        this.quarantinedDelta = quarantinedDelta;
        this.writtenOff = writtenOff;
        this.writtenOffValue = writtenOffValue;
    }

    public BigDecimal quarantinedDelta() {
        return quarantinedDelta;
    }

    public BigDecimal writtenOff() {
        return writtenOff;
    }

    public BigDecimal writtenOffValue() {
        return writtenOffValue;
    }

    public long productId() {
        return productId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public MovementKind kind() {
        return kind;
    }

    public BigDecimal onHandDelta() {
        return onHandDelta;
    }

    public BigDecimal allocatedDelta() {
        return allocatedDelta;
    }

    public String reference() {
        return reference;
    }

    public String username() {
        return username;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

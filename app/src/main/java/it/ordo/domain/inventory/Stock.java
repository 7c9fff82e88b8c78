package it.ordo.domain.inventory;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.DomainException;
import it.ordo.domain.Quantities;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * On hand and allocated for one product in one warehouse. Every change returns
 * the ledger row that records it; callers hold the row lock and store both in
 * the same transaction.
 */
@Entity
@Table(name = "stock")
public class Stock extends BaseEntity {

    private long productId;
    private long warehouseId;
    private BigDecimal onHand = BigDecimal.ZERO;
    private BigDecimal allocated = BigDecimal.ZERO;
    /** Returned goods held back for inspection: apart from on hand, so never available to orders. */
    private BigDecimal quarantined = BigDecimal.ZERO;
    @Version
    private long version;

    protected Stock() {
    }

    public Stock(long productId, long warehouseId) {
        this.productId = productId;
        this.warehouseId = warehouseId;
        this.onHand = Quantities.qty(BigDecimal.ZERO);
        this.allocated = Quantities.qty(BigDecimal.ZERO);
        this.quarantined = Quantities.qty(BigDecimal.ZERO);
    }

    public BigDecimal available() {
        return onHand.subtract(allocated);
    }

    /** Reserves up to {@code wanted}; returns the movement for what was actually reserved, or null when nothing was. */
    public StockMovement allocateUpTo(BigDecimal wanted, String reference, String user, Instant at) {
        BigDecimal take = wanted.min(available());
        if (take.signum() <= 0) {
            return null;
        }
        allocated = allocated.add(take);
        return new StockMovement(productId, warehouseId, MovementKind.ALLOCATE, BigDecimal.ZERO, take, reference, user, at);
    }

    public StockMovement release(BigDecimal qty, String reference, String user, Instant at) {
        refuseNegative(qty);
        if (qty.compareTo(allocated) > 0) {
            throw new DomainException("stock.release.tooMuch", Quantities.shown(qty), Quantities.shown(allocated));
        }
        allocated = allocated.subtract(qty);
        return new StockMovement(productId, warehouseId, MovementKind.RELEASE, BigDecimal.ZERO, qty.negate(), reference, user, at);
    }

    public StockMovement receive(BigDecimal qty, String reference, String user, Instant at) {
        if (qty.signum() <= 0) {
            throw new DomainException("quantity.notPositive", Quantities.shown(qty));
        }
        onHand = onHand.add(qty);
        return new StockMovement(productId, warehouseId, MovementKind.RECEIPT, qty, BigDecimal.ZERO, reference, user, at);
    }

    /** Goods that were allocated leave the warehouse. */
    public StockMovement ship(BigDecimal qty, String reference, String user, Instant at) {
        refuseNegative(qty);
        if (qty.compareTo(allocated) > 0) {
            throw new DomainException("stock.ship.notAllocated", Quantities.shown(qty), Quantities.shown(allocated));
        }
        onHand = onHand.subtract(qty);
        allocated = allocated.subtract(qty);
        return new StockMovement(productId, warehouseId, MovementKind.SHIP, qty.negate(), qty.negate(), reference, user, at);
    }

    /**
     * A negative release or shipment would pass the "not more than allocated" check and silently add to the
     * allocation (or to on hand): the ledger must only ever say what physically happened.
     */
    private static void refuseNegative(BigDecimal qty) {
        if (qty.signum() < 0) {
            throw new DomainException("quantity.notPositive", Quantities.shown(qty));
        }
    }

    /** Inventory count correction; cannot take on hand below what is already promised to orders. */
    public StockMovement adjust(BigDecimal delta, String reference, String user, Instant at) {
        BigDecimal after = onHand.add(delta);
        if (after.compareTo(allocated) < 0) {
            throw new DomainException("stock.adjust.belowAllocated", Quantities.shown(after), Quantities.shown(allocated));
        }
        onHand = after;
        return new StockMovement(productId, warehouseId, MovementKind.ADJUSTMENT, delta, BigDecimal.ZERO, reference, user, at);
    }

    /** Returned goods go into quarantine: the bucket grows, on hand (what can be sold) does not. */
    public StockMovement quarantine(BigDecimal qty, String reference, String user, Instant at) {
        if (qty.signum() <= 0) {
            throw new DomainException("quantity.notPositive", Quantities.shown(qty));
        }
        quarantined = quarantined.add(qty);
        return new StockMovement(productId, warehouseId, MovementKind.QUARANTINE, BigDecimal.ZERO, BigDecimal.ZERO,
                qty, BigDecimal.ZERO, BigDecimal.ZERO, reference, user, at);
    }

    /**
     * Goods that came back unusable are scrapped: never stock of any kind, but a ledger row says how many
     * and what they were worth at {@code unitCost} (zero when the product has no cost).
     */
    public StockMovement writeOff(BigDecimal qty, BigDecimal unitCost, String reference, String user, Instant at) {
        if (qty.signum() <= 0) {
            throw new DomainException("quantity.notPositive", Quantities.shown(qty));
        }
        BigDecimal value = Quantities.money(qty.multiply(unitCost == null ? BigDecimal.ZERO : unitCost));
        return new StockMovement(productId, warehouseId, MovementKind.WRITE_OFF, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, qty, value, reference, user, at);
    }

    /** Goods in quarantine judged sellable: out of the bucket, into on hand. */
    public StockMovement releaseQuarantined(BigDecimal qty, String reference, String user, Instant at) {
        takeFromQuarantine(qty);
        onHand = onHand.add(qty);
        return new StockMovement(productId, warehouseId, MovementKind.UNQUARANTINE, qty, BigDecimal.ZERO,
                qty.negate(), BigDecimal.ZERO, BigDecimal.ZERO, reference, user, at);
    }

    /** Goods in quarantine judged unusable: out of the bucket, written off at {@code unitCost}. */
    public StockMovement scrapQuarantined(BigDecimal qty, BigDecimal unitCost, String reference, String user,
                                          Instant at) {
        takeFromQuarantine(qty);
        BigDecimal value = Quantities.money(qty.multiply(unitCost == null ? BigDecimal.ZERO : unitCost));
        return new StockMovement(productId, warehouseId, MovementKind.WRITE_OFF, BigDecimal.ZERO, BigDecimal.ZERO,
                qty.negate(), qty, value, reference, user, at);
    }

    private void takeFromQuarantine(BigDecimal qty) {
        if (qty == null || qty.signum() <= 0) {
            throw new DomainException("quantity.notPositive", qty == null ? null : Quantities.shown(qty));
        }
        if (qty.compareTo(quarantined) > 0) {
            throw new DomainException("stock.quarantine.notEnough", Quantities.shown(qty), Quantities.shown(quarantined));
        }
        quarantined = quarantined.subtract(qty);
    }

    public BigDecimal quarantined() {
        return quarantined;
    }

    public long productId() {
        return productId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public BigDecimal onHand() {
        return onHand;
    }

    public BigDecimal allocated() {
        return allocated;
    }
}

package it.ordo.domain.pricing;

import it.ordo.domain.BaseEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A price for a product in a list from a minimum quantity on (several rows make the quantity breaks). */
@Entity
@Table(name = "price_list_item")
public class PriceListItem extends BaseEntity {

    private long priceListId;
    private long productId;
    private BigDecimal minQty;
    private BigDecimal unitPrice;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected PriceListItem() {
    }

    public PriceListItem(long priceListId, long productId, BigDecimal minQty, BigDecimal unitPrice,
                         LocalDate validFrom, LocalDate validTo) {
        this.priceListId = priceListId;
        this.productId = productId;
        this.minQty = minQty;
        this.unitPrice = unitPrice;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public void reprice(BigDecimal newPrice) {
        this.unitPrice = newPrice;
    }

    /** A new price and end of validity for the same list, product, quantity and start. */
    public void update(BigDecimal newPrice, LocalDate newValidTo) {
        Validity.require(validFrom, newValidTo);
        this.unitPrice = newPrice;
        this.validTo = newValidTo;
    }

    /** The same product and break in the same list with a day in common. */
    public boolean conflictsWith(PriceListItem other) {
        return other != this && priceListId == other.priceListId && productId == other.productId
                && minQty.compareTo(other.minQty) == 0 && !java.util.Objects.equals(validFrom, other.validFrom)
                && Validity.overlap(validFrom, validTo, other.validFrom, other.validTo);
    }

    public long priceListId() {
        return priceListId;
    }

    public long productId() {
        return productId;
    }

    public BigDecimal minQty() {
        return minQty;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}

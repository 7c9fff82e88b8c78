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

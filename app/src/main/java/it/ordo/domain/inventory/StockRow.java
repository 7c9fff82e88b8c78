package it.ordo.domain.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the stock list: a product in a warehouse with its counters, the
 * supply still to arrive (and when the next lot is due), its reorder point and
 * what customers ordered that is not yet allocated.
 */
public record StockRow(String sku, String ean, String description, String category, String warehouse,
                       BigDecimal onHand, BigDecimal allocated, BigDecimal available, BigDecimal incoming,
                       LocalDate nextExpected, BigDecimal reorderPoint, BigDecimal backordered) {

    public boolean belowReorderPoint() {
        return available.compareTo(reorderPoint) < 0;
    }
}

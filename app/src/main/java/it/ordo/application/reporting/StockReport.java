package it.ordo.application.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Stock on {@code asOf}, of one warehouse or all ({@code warehouse} null):
 * its value at today's unit cost per warehouse and category, the slow movers
 * (on hand, no DDT in the last {@code slowDays} days) and the products below
 * their reorder point. The two lists hold at most {@link #LISTED} rows, the
 * most valuable or the largest shortfall first; their counts and the slow
 * movers' value are of all of them.
 */
public record StockReport(String companyName, String warehouse, int slowDays, LocalDate asOf, Instant madeAt,
                          List<StockValue> byWarehouseAndCategory, List<StockValue> byWarehouse, StockValue total,
                          long slowMoverCount, BigDecimal slowMoverValue, List<SlowMover> slowMovers,
                          long belowReorderCount, List<BelowReorder> belowReorder) {

    /** How many slow movers and products below reorder point a report lists. */
    public static final int LISTED = 200;

    public StockReport {
        byWarehouseAndCategory = List.copyOf(byWarehouseAndCategory);
        byWarehouse = List.copyOf(byWarehouse);
        slowMovers = List.copyOf(slowMovers);
        belowReorder = List.copyOf(belowReorder);
    }

    /**
     * Stock of a warehouse and category (either null: all): how many products
     * it holds, the value at cost of what is on hand and of what is in quarantine.
     */
    public record StockValue(String warehouse, String category, long products, BigDecimal value,
                             BigDecimal quarantinedValue) {
    }

    /** A product on hand that no DDT took from its warehouse in the period: when one last did (null: never). */
    public record SlowMover(String sku, String description, String warehouse, BigDecimal onHand, BigDecimal value,
                            LocalDate lastShipped, Long daysSinceShipped) {
    }

    /** A product whose available quantity (on hand less allocated) is below its reorder point, and by how much. */
    public record BelowReorder(String sku, String description, String warehouse, BigDecimal onHand,
                               BigDecimal allocated, BigDecimal available, BigDecimal reorderPoint,
                               BigDecimal shortfall) {
    }
}

package it.ordo.domain.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product in a warehouse: its counters, its unit cost and reorder point
 * now, and when a DDT last took it from there (null: never).
 */
public record StockFact(String sku, String description, String category, String warehouse, BigDecimal onHand,
                        BigDecimal allocated, BigDecimal quarantined, BigDecimal unitCost, BigDecimal reorderPoint,
                        Instant lastShippedAt) {
}

package it.ordo.application.returns;

import java.math.BigDecimal;

/** Goods of a product held in quarantine in a warehouse, and what they are worth at cost. */
public record QuarantineRow(String sku, String description, String warehouse, BigDecimal quantity,
                            BigDecimal unitCost, BigDecimal value) {
}

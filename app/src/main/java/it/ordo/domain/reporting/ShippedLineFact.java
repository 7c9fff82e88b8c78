package it.ordo.domain.reporting;

import java.math.BigDecimal;

/**
 * A line of a DDT: what left, for which customer, from which warehouse, and
 * the order line it came from (its quantity and net amount, to value what left).
 */
public record ShippedLineFact(String sku, String description, String customerCode, String customerName,
                              String warehouse, BigDecimal quantity, BigDecimal orderedQty, BigDecimal orderedNet) {
}

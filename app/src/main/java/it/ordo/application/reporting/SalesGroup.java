package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * The sales of one customer, channel, product or category in a period:
 * {@code key} is the code (customer code, channel, SKU, category),
 * {@code name} what people call it; {@code share} is the part of the
 * period's taxable it makes (0 to 1).
 */
public record SalesGroup(String key, String name, long orders, BigDecimal quantity, BigDecimal net, BigDecimal cost,
                         BigDecimal margin, BigDecimal share) {
}

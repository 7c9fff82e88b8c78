package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * Returns of one product or one customer ({@code key} null: all) in a period
 * beside what was shipped to it: quantities, net values (the price the lines
 * were sold at), how many returns (RMA), and the return rates, by quantity and
 * by value, as fractions (0.125 is 12.5 %); a rate is null when nothing was shipped.
 */
public record ReturnGroup(String key, String name, BigDecimal shippedQty, BigDecimal shippedValue,
                          BigDecimal returnedQty, BigDecimal returnedValue, long returns, BigDecimal quantityRate,
                          BigDecimal valueRate) {
}

package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * The totals of some sold orders: how many orders and lines, taxable, VAT,
 * total, cost at today's unit cost and the margin (taxable minus cost).
 * {@code fillRate} is the share of lines with nothing waiting for stock
 * (1 when there are no lines).
 */
public record SalesTotals(long orders, long lines, BigDecimal net, BigDecimal vat, BigDecimal gross, BigDecimal cost,
                          BigDecimal margin, BigDecimal fillRate) {

    /** The figures that come from the orders' own totals alone. */
    public OrderTotals orderTotals() {
        return new OrderTotals(orders, net, vat, gross);
    }
}

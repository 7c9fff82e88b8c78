package it.ordo.application.reporting;

import java.math.BigDecimal;

/**
 * What the orders sold in a period give by their own stored totals, without a line read: how many, taxable, VAT
 * and total. The same figures as the first ones of {@link SalesTotals} for the same period.
 */
public record OrderTotals(long orders, BigDecimal net, BigDecimal vat, BigDecimal gross) {
}

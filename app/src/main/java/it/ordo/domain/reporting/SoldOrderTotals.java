package it.ordo.domain.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/** An order sold in a period as its stored totals give it, and no more: what the dashboard's first paint sums. */
public record SoldOrderTotals(Instant confirmedAt, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal) {
}

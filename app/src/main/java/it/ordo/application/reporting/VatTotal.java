package it.ordo.application.reporting;

import java.math.BigDecimal;

/** Taxable amount and VAT at one rate (22 for 22 %). */
public record VatTotal(BigDecimal rate, BigDecimal taxable, BigDecimal vat) {
}

package it.ordo.application.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A credit note as accountants book it and the PDF shows it: who is
 * credited, for which return and order, the lines at the price they were
 * sold, VAT per rate, and the totals (the sums of the lines).
 */
public record CreditNote(String number, LocalDate date, String rmaNumber, String orderNumber, String customerCode,
                         String customerName, String customerVatNumber, String customerLanguage,
                         BigDecimal net, BigDecimal vat, BigDecimal gross, List<Line> lines, List<Rate> rates) {

    public record Line(int lineNo, String sku, String description, BigDecimal quantity, BigDecimal vatRate,
                       BigDecimal net, BigDecimal vat) {
    }

    /** Taxable and VAT of one rate: what the VAT register needs. */
    public record Rate(BigDecimal vatRate, BigDecimal net, BigDecimal vat) {
    }

    public CreditNote {
        lines = List.copyOf(lines);
        rates = List.copyOf(rates);
    }
}

package it.ordo.application.reporting;

import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The accountants' view of a period: one row per sold order (the sales
 * document until invoices and DDTs exist) with its taxable and VAT per rate,
 * every line, the totals per VAT rate and per month, and the period's
 * totals. Every amount is the orders' own, so the sheets tie to the cent.
 * {@code rates} are the VAT rates that occur, highest first: each
 * document's {@code vat} has one entry per rate, in that order (zero where
 * the document has none).
 */
public record SalesExport(SalesPeriod period, List<BigDecimal> rates, List<Document> documents, List<Line> lines,
                          List<VatTotal> vatByRate, List<Month> months, SalesTotals totals) {

    public record Document(String number, LocalDate date, String customerCode, String customerName, String vatNumber,
                           String fiscalCode, String paymentTerms, Channel channel, List<VatTotal> vat,
                           BigDecimal net, BigDecimal vatTotal, BigDecimal gross) {
    }

    public record Line(String orderNumber, LocalDate date, int lineNo, String customerCode, String sku,
                       String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
                       BigDecimal vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    public record Month(YearMonth month, long orders, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }
}

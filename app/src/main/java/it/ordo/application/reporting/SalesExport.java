package it.ordo.application.reporting;

import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The accountants' view of a period: one row per sales document (each sold
 * order, until invoices and DDTs exist) and per credit note issued from a
 * return, the credit notes with negative amounts; every line; the totals per
 * VAT rate and per month (sales less credit notes); the period's sales
 * totals and credit-note totals. Every amount is the documents' own, so the
 * sheets tie to the cent. {@code rates} are the VAT rates that occur,
 * highest first: each document's {@code vat} has one entry per rate, in
 * that order (zero where the document has none).
 */
public record SalesExport(SalesPeriod period, List<BigDecimal> rates, List<Document> documents, List<Line> lines,
                          List<VatTotal> vatByRate, List<Month> months, SalesTotals totals, Credits credits) {

    /**
     * A sales document or a credit note; {@code reference} is, for a credit
     * note, the order it gives money back on and the return (RMA), else null.
     */
    public record Document(DocumentKind kind, String number, LocalDate date, String customerCode,
                           String customerName, String vatNumber, String fiscalCode, String paymentTerms,
                           Channel channel, String reference, List<VatTotal> vat, BigDecimal net,
                           BigDecimal vatTotal, BigDecimal gross) {
    }

    /** A line of an order, or of a credit note (negative quantity and amounts). */
    public record Line(String orderNumber, LocalDate date, int lineNo, String customerCode, String sku,
                       String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
                       BigDecimal vatRate, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    /** A month's orders and credit notes, the amounts sales less credits. */
    public record Month(YearMonth month, long orders, long creditNotes, BigDecimal net, BigDecimal vat,
                        BigDecimal gross) {
    }

    /** The credit notes of the period: how many, and their taxable, VAT and total (positive, as issued). */
    public record Credits(long notes, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    /** Taxable of the period: sales less credit notes, what the documents' column adds up to. */
    public BigDecimal net() {
        return totals.net().subtract(credits.net());
    }

    public BigDecimal vat() {
        return totals.vat().subtract(credits.vat());
    }

    public BigDecimal gross() {
        return totals.gross().subtract(credits.gross());
    }
}

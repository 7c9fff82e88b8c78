package it.ordo.application.reporting;

import it.ordo.domain.order.VatTreatment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on an order confirmation, as plain values: the renderer
 * never sees a live entity and never touches the database.
 *
 * @param language     "it" or "en": the customer's language, which picks labels and number formats
 * @param vatTreatment the order's own VAT treatment, which picks the legal note; vatReference is what it cites
 * @param amountDue    what the customer pays: the gross total, less the VAT under split payment
 */
public record OrderConfirmationData(
        String language,
        Party company,
        String orderNumber,
        LocalDate orderDate,
        String channel,
        String externalRef,
        String priority,
        LocalDate requestedDate,
        LocalDate promisedDate,
        String customerCode,
        Party customer,
        Party shipTo,
        String paymentTerms,
        String notes,
        List<Line> lines,
        List<VatRow> vatSummary,
        BigDecimal netTotal,
        BigDecimal vatTotal,
        BigDecimal grossTotal,
        VatTreatment vatTreatment,
        String vatReference,
        BigDecimal amountDue) {

    /** An order with Italian VAT, collected: for callers written before VAT treatments. */
    public OrderConfirmationData(String language, Party company, String orderNumber, LocalDate orderDate,
                                 String channel, String externalRef, String priority, LocalDate requestedDate,
                                 LocalDate promisedDate, String customerCode, Party customer, Party shipTo,
                                 String paymentTerms, String notes, List<Line> lines, List<VatRow> vatSummary,
                                 BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal) {
        this(language, company, orderNumber, orderDate, channel, externalRef, priority, requestedDate, promisedDate,
                customerCode, customer, shipTo, paymentTerms, notes, lines, vatSummary, netTotal, vatTotal, grossTotal,
                VatTreatment.DOMESTIC, null, grossTotal);
    }

    /**
     * A company or address block; vatNumber, fiscalCode, email, phone, iban and officeCode may be null.
     * {@code officeCode} is a public administration's codice univoco ufficio, which its e-invoices and documents quote.
     */
    public record Party(String name, String vatNumber, String fiscalCode, String street, String postalCode,
                        String city, String province, String country, String email, String phone, String iban,
                        String officeCode) {
    }

    /** One order line; promisedDate is null when the line is backordered with no supply in sight. */
    public record Line(int lineNo, String sku, String description, String unit, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal discountPct, BigDecimal vatRate, BigDecimal netAmount,
                       BigDecimal allocatedQty, BigDecimal backorderedQty, LocalDate promisedDate) {
    }

    /** Taxable amount and VAT for one VAT rate (22, 10, 5, 4, 0). */
    public record VatRow(BigDecimal rate, BigDecimal taxable, BigDecimal vat) {
    }
}

package it.ordo.application.order;

import it.ordo.domain.Message;
import it.ordo.domain.order.VatTreatment;
import java.math.BigDecimal;
import java.util.List;

/**
 * The order as confirmation would price it, before anything is written:
 * every line after an order-value discount, the totals and the VAT per rate,
 * computed by the same code as the confirmation.
 *
 * @param vatTreatment how VAT applies to the customer's order; {@code vatReference} what its legal note cites
 * @param amountDue    what the customer pays: the gross total, less the VAT under split payment
 * @param vatNotes     why the treatment is not the customer's usual one, or that its declaration of intent is
 *                     nearly exhausted; empty in the ordinary case
 * @param hold         why confirmation would hold the order (blocked customer, credit limit), decided by the rule
 *                     confirmation applies; null when it would confirm
 */
public record OrderPreview(List<Line> lines, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal,
                           List<OrderView.VatRow> vatSummary, VatTreatment vatTreatment, String vatReference,
                           BigDecimal amountDue, List<Message> vatNotes, Message hold) {

    /** A priced line; {@code priceExplanation} includes an order-value discount when one applies. */
    public record Line(String sku, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
                       BigDecimal vatRate, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal grossAmount,
                       List<Message> priceExplanation) {
    }
}

package it.ordo.application.order;

import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.util.List;

/**
 * The order as confirmation would price it, before anything is written:
 * every line after an order-value discount, the totals and the VAT per rate,
 * computed by the same code as the confirmation.
 */
public record OrderPreview(List<Line> lines, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal,
                           List<OrderView.VatRow> vatSummary) {

    /** A priced line; {@code priceExplanation} includes an order-value discount when one applies. */
    public record Line(String sku, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct,
                       BigDecimal vatRate, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal grossAmount,
                       List<Message> priceExplanation) {
    }
}

package it.ordo.domain.reporting;

import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of a credit note issued in a period (a credited return's line), with
 * the customer's fiscal identity and the order it gives money back on. The
 * amounts are the credit note's own, positive as stored: the accounting
 * export shows them negative.
 */
public record CreditedLine(String creditNoteNumber, Instant creditedAt, String rmaNumber, String orderNumber,
                           String customerCode, String customerName, String vatNumber, String fiscalCode,
                           String paymentTerms, Channel channel, int lineNo, String sku, String description,
                           BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPct, BigDecimal vatRate,
                           BigDecimal netAmount, BigDecimal vatAmount) {
}

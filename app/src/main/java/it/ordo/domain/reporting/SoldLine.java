package it.ordo.domain.reporting;

import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of an order confirmed in a period, with what reports group it by
 * (customer, channel, product, category) and the product's unit cost now.
 */
public record SoldLine(String orderNumber, Instant confirmedAt, int lineNo, String customerCode, String customerName,
                       Channel channel, String sku, String description, String category, BigDecimal quantity,
                       BigDecimal unitPrice, BigDecimal discountPct, BigDecimal vatRate, BigDecimal netAmount,
                       BigDecimal vatAmount, BigDecimal grossAmount, BigDecimal backorderedQty, BigDecimal unitCost) {

    /** What this line adds to its period's figures. */
    public LineSale sale() {
        return new LineSale(orderNumber, confirmedAt, customerCode, customerName, channel, sku, description, category,
                quantity, netAmount, backorderedQty, unitCost);
    }
}

package it.ordo.domain.reporting;

import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a sold line adds to a period's sales figures: its taxable, quantity and cost, whether it waits for stock,
 * and what reports group it by. A {@link SoldLine} without the prices and VAT that only the accounting export
 * writes: fewer columns read per line where a year's million lines are only totalled.
 */
public record LineSale(String orderNumber, Instant confirmedAt, String customerCode, String customerName,
                       Channel channel, String sku, String description, String category, BigDecimal quantity,
                       BigDecimal netAmount, BigDecimal backorderedQty, BigDecimal unitCost) {
}

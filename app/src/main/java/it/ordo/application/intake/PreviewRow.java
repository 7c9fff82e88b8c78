package it.ordo.application.intake;

import it.ordo.application.order.LineQuote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the file as it would be ordered: the product found for its code, the quantity, and for a row that
 * can be ordered the price and availability New order would show for it.
 *
 * @param orderKey    the order the row belongs to (the key column's value, or the file's name)
 * @param code        the code the file gives (SKU, EAN or the customer's own), as written
 * @param quantityText the quantity as the file writes it (shown when it is not a number)
 * @param filePrice   the unit price the file states, if a column is mapped to it
 * @param available   free stock in the warehouse for this line after earlier lines of the order
 */
public record PreviewRow(int row, String orderKey, String customer, String code, String sku, String description,
                         BigDecimal quantity, String quantityText, BigDecimal filePrice, BigDecimal unitPrice, BigDecimal discountPct,
                         BigDecimal netAmount, BigDecimal available, LocalDate promiseDate,
                         LineQuote.Availability availability, RowStatus status, List<RowIssue> issues) {
}

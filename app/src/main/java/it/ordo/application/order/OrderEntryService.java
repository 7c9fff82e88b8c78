package it.ordo.application.order;

import it.ordo.application.NotFoundException;
import it.ordo.domain.DomainException;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Order entry while the customer is on the phone: what a typed code or a
 * scanned barcode is, what it costs this customer, whether it is there, and
 * what the whole order will come to. Nothing here writes; each answer is one
 * read transaction through the order pipeline ({@link OrderAssembly}), the
 * same one confirmation runs, so a line shows its price and availability as
 * it is typed and as it will be confirmed.
 */
public interface OrderEntryService {

    /**
     * One line: the product for a SKU or an EAN-13, its price and line
     * discount for this customer and quantity, and its availability in the
     * given warehouse (the customer's own when null) on {@code date} (today when null).
     *
     * @throws NotFoundException for an unknown customer, code or warehouse
     * @throws DomainException   for a product no longer sold or a quantity its unit does not allow
     */
    LineQuote quote(String customerCode, String codeOrEan, BigDecimal qty, String warehouseOrNull, LocalDate date);

    /**
     * One line of an order whose earlier lines already ask for
     * {@code earlierInOrder} of the same product: confirmation allocates the
     * lines in order, so this line is promised what those leave.
     */
    default LineQuote quote(String customerCode, String codeOrEan, BigDecimal qty, BigDecimal earlierInOrder,
                            String warehouseOrNull, LocalDate date) {
        return quote(customerCode, codeOrEan, qty, earlierInOrder, warehouseOrNull, date, null);
    }

    /**
     * One line of an order placed through {@code channel} (the customer's usual channel when null): a promotion
     * limited to some channels prices the line as it will price the confirmed order.
     */
    LineQuote quote(String customerCode, String codeOrEan, BigDecimal qty, BigDecimal earlierInOrder,
                    String warehouseOrNull, LocalDate date, Channel channel);

    /** Active products whose SKU, EAN or description contains the text, by SKU; none for a blank text. */
    List<ProductHit> findProducts(String text, int limit);

    /**
     * The whole order priced as confirmation would price it today (an
     * order-value discount included), with its totals and VAT per rate.
     * Nothing is written and no stock is looked at.
     *
     * @throws ValidationException naming every line that cannot be priced (unknown code, bad quantity)
     */
    default OrderPreview preview(String customerCode, List<OrderRequest.LineRequest> lines) {
        return preview(customerCode, null, lines);
    }

    /** The whole order as {@link #preview(String, List)} prices it, placed through {@code channel} (the usual when null). */
    OrderPreview preview(String customerCode, Channel channel, List<OrderRequest.LineRequest> lines);

    /**
     * Every line of one order quoted as {@link #quote} quotes it, each promised after the earlier lines of the
     * same product, in one read: how a file's rows show before they are imported.
     *
     * @throws ValidationException naming every line that cannot be quoted (unknown code, bad quantity)
     */
    List<LineQuote> quoteLines(String customerCode, List<OrderRequest.LineRequest> lines, String warehouseOrNull,
                               LocalDate date);
}

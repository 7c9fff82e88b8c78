package it.ordo.application.order;

import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as it arrives from a channel, before any check. Channel and
 * priority are already typed (a file's text is parsed where it is read, by
 * {@link Channel#parse} and {@link Priority#parse}); codes are still text, so
 * every problem with them can be reported back at once.
 *
 * @param priority null for NORMAL
 * @param shipTo   which of the customer's shipping addresses (0 = the default, in the order the customer lists them);
 *                 null for the default
 */
public record OrderRequest(String externalRef, Channel channel, String customer, String warehouse,
                           LocalDate requestedDate, Priority priority, String notes, List<LineRequest> lines,
                           Integer shipTo) {

    /** An order shipped to the customer's default address. */
    public OrderRequest(String externalRef, Channel channel, String customer, String warehouse,
                        LocalDate requestedDate, Priority priority, String notes, List<LineRequest> lines) {
        this(externalRef, channel, customer, warehouse, requestedDate, priority, notes, lines, null);
    }

    /** One line: a SKU or an EAN (scanned barcode), and the quantity. */
    public record LineRequest(String sku, String ean, BigDecimal qty) {
    }
}

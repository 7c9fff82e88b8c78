package it.ordo.application.order;

import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One order line as the operator sees it while typing: the product a code or
 * barcode stands for, its price for this customer and quantity with the rule
 * that produced it, and when the quantity can leave the warehouse and why.
 * The discount is the line's own; an order-value discount, which depends on
 * the whole order, comes with {@link OrderPreview}.
 *
 * @param priceSource  CUSTOMER, GROUP or BASE: which kind of list the price came from
 * @param available    what the warehouse has free right now
 * @param promiseDate  when the whole quantity can leave; null when no known supply covers it
 * @param availability how the line stands, for a colour, a word and an icon
 */
public record LineQuote(String sku, String ean, String description, String unit, BigDecimal quantity,
                        String priceList, String priceSource, BigDecimal unitPrice, BigDecimal discountPct,
                        BigDecimal vatRate, BigDecimal netAmount, BigDecimal vatAmount, BigDecimal grossAmount,
                        List<Message> priceExplanation, String warehouse, BigDecimal available,
                        LocalDate promiseDate, Availability availability, List<Message> availabilityExplanation) {

    /** Whether the quantity can leave today, later (partly or wholly from expected supply), or not at all. */
    public enum Availability {
        /** The whole quantity is free in the warehouse now. */
        NOW,
        /** Part or all of it comes with expected supply, by the promise date. */
        LATER,
        /** No known supply covers it (or the customer takes no backorders and stock is short). */
        NONE
    }
}

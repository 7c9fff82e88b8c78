package it.ordo.application.order;

import it.ordo.application.pricing.Pricer;
import it.ordo.application.pricing.PricingConditions;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.order.LinePriceSource;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.pricing.CandidateList;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceCalculator;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.pricing.PriceQuote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices the lines of a draft order through the order's own arithmetic
 * ({@link SalesOrder#addLine}), then, for a whole order, applies an
 * order-value discount to every line when the net total reaches a threshold.
 * The quote of one line, the preview and the confirmation all price here, so
 * they cannot disagree by a cent.
 */
final class OrderPricing {

    /**
     * What pricing said about the lines, in line order.
     *
     * @param quotes       each line's own price (list, source, rule)
     * @param explanations each line's reasons, the order-value discount included
     */
    record Priced(List<PriceQuote> quotes, List<List<Message>> explanations) {
    }

    private OrderPricing() {
    }

    /**
     * Adds one line per product and quantity to the draft order. With
     * {@code wholeOrder} the order-value discount is applied too; a single line
     * quoted while typing shows only its own discount.
     */
    static Priced price(Pricer pricer, SalesOrder order, Customer customer, List<Product> lineProducts,
                        List<BigDecimal> quantities, LocalDate today, boolean wholeOrder, LinePricing pricing) {
        if (pricing == LinePricing.REPLACEMENT) {
            return free(order, lineProducts, quantities);
        }
        PricingConditions conditions = pricer.conditions();
        List<CandidateList> lists = conditions.listsFor(customer);
        List<DiscountRule> rules = conditions.rules();
        List<PriceListItem> items = conditions.items(lineProducts, lists);
        List<PriceQuote> quotes = new ArrayList<>();
        List<List<Message>> explanations = new ArrayList<>();
        for (int i = 0; i < lineProducts.size(); i++) {
            Product p = lineProducts.get(i);
            BigDecimal qty = quantities.get(i);
            PriceQuote quote = conditions.quote(customer, p, order.channel(), qty, today, lists, items, rules);
            order.addLine(p.id(), qty, quote.unitPrice(), quote.discountPct(), p.vatRate(), priceNote(quote.explanation()),
                    quote.source() == null ? null : LinePriceSource.valueOf(quote.source().name()));
            quotes.add(quote);
            explanations.add(new ArrayList<>(quote.explanation()));
        }
        Optional<DiscountRule> orderRule = wholeOrder
                ? PriceCalculator.orderValueDiscount(order.netTotal(), today, rules) : Optional.empty();
        if (orderRule.isPresent()) {
            DiscountRule rule = orderRule.get();
            Message orderDiscount = Message.of("price.discount.ORDER_VALUE", rule.code(), Quantities.shown(rule.percent()),
                    rule.description());
            String extra = orderDiscount.encode();
            explanations.forEach(e -> e.add(orderDiscount));
            for (OrderLine line : order.lines()) {
                order.repriceLine(line, line.unitPrice(), PriceCalculator.cascade(line.discountPct(), rule.percent()),
                        line.priceNote() == null ? extra : line.priceNote() + "\n" + extra);
            }
        }
        return new Priced(quotes, explanations);
    }

    /**
     * Every line at no charge, its source REPLACEMENT: the goods replace ones the customer returned. No list,
     * rule or order-value discount applies, and with a zero price the VAT is zero too.
     */
    private static Priced free(SalesOrder order, List<Product> lineProducts, List<BigDecimal> quantities) {
        List<PriceQuote> quotes = new ArrayList<>();
        List<List<Message>> explanations = new ArrayList<>();
        List<Message> why = List.of(Message.of("price.replacement"));
        for (int i = 0; i < lineProducts.size(); i++) {
            Product p = lineProducts.get(i);
            order.addLine(p.id(), quantities.get(i), BigDecimal.ZERO, BigDecimal.ZERO, p.vatRate(), priceNote(why),
                    LinePriceSource.REPLACEMENT);
            // No list priced it: the quote has no source, the line says REPLACEMENT.
            quotes.add(new PriceQuote(BigDecimal.ZERO, BigDecimal.ZERO, null, null, why));
            explanations.add(new ArrayList<>(why));
        }
        return new Priced(quotes, explanations);
    }

    static String priceNote(List<Message> explanation) {
        StringBuilder sb = new StringBuilder();
        for (Message m : explanation) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(m.encode());
        }
        return sb.toString();
    }
}

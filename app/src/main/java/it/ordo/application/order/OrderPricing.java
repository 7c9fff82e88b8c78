package it.ordo.application.order;

import it.ordo.application.pricing.Pricer;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
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
 * Prices the lines of an order, then applies an order-value discount to every
 * line when the order's net total reaches a threshold. One code path for the
 * confirmation and for the totals the order entry screen shows beforehand, so
 * the two cannot disagree by a cent.
 */
final class OrderPricing {

    private OrderPricing() {
    }

    /** Prices the order's lines; returns each line's explanation (the order-value discount included), in line order. */
    static List<List<Message>> price(Pricer pricer, SalesOrder order, Customer customer, List<Product> lineProducts,
                      List<BigDecimal> quantities, LocalDate today) {
        List<CandidateList> lists = pricer.listsFor(customer);
        List<DiscountRule> rules = pricer.rules();
        List<PriceListItem> items = pricer.items(lineProducts, lists);
        List<List<Message>> explanations = new ArrayList<>();
        for (int i = 0; i < lineProducts.size(); i++) {
            Product p = lineProducts.get(i);
            BigDecimal qty = quantities.get(i);
            PriceQuote quote = pricer.quote(customer, p, qty, today, lists, items, rules);
            order.addLine(p.id(), qty, quote.unitPrice(), quote.discountPct(), p.vatRate(), priceNote(quote.explanation()));
            explanations.add(new ArrayList<>(quote.explanation()));
        }
        Optional<DiscountRule> orderRule = PriceCalculator.orderValueDiscount(order.netTotal(), today, rules);
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
        return explanations;
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

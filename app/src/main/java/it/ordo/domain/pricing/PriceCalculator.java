package it.ordo.domain.pricing;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pricing precedence (docs/pricing.md):
 * <ol>
 * <li>Unit price from the first list, in the order customer list, group list,
 * base list, that is valid on the date and has an item for the product valid on
 * the date; within that list the quantity break with the highest minimum
 * quantity not above the ordered quantity.</li>
 * <li>A price from the customer's own list is a negotiated net price: no line
 * discount on top. Otherwise the single best of the promotions (product or
 * category, valid on the date and on the order's channel; a percentage or a
 * net price), the category discount and the tier discount applies: the one
 * that leaves the lowest unit price. Discounts of this step never stack.</li>
 * <li>An order-value discount (best threshold reached by the order's net value
 * after step 2) applies to every line in cascade: 10% then 5% is 14.5%.</li>
 * </ol>
 */
public final class PriceCalculator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PriceCalculator() {
    }

    /**
     * @param channel where the order comes from; null when the price is asked outside an order, which gets only
     *                the promotions for every channel
     */
    public static PriceQuote quote(Product product, Tier tier, Channel channel, BigDecimal qty, LocalDate date,
                                   List<CandidateList> lists, List<PriceListItem> items, List<DiscountRule> rules) {
        List<Message> why = new ArrayList<>();
        for (CandidateList candidate : lists) {
            if (!candidate.list().validOn(date)) {
                continue;
            }
            Optional<PriceListItem> best = items.stream()
                    .filter(i -> i.priceListId() == candidate.list().id())
                    .filter(i -> i.validOn(date))
                    .filter(i -> i.minQty().compareTo(qty) <= 0)
                    .max(Comparator.comparing(PriceListItem::minQty));
            if (best.isEmpty()) {
                continue;
            }
            PriceListItem item = best.get();
            BigDecimal price = item.unitPrice();
            if (item.minQty().compareTo(BigDecimal.ONE) > 0) {
                why.add(Message.of("price.fromListBreak", candidate.list().code(), Quantities.shown(item.minQty()), price));
            } else {
                why.add(Message.of("price.fromList", candidate.list().code(), price));
            }
            BigDecimal discount = BigDecimal.ZERO;
            if (candidate.source() == PriceSource.CUSTOMER) {
                why.add(Message.of("price.netNoDiscount"));
            } else {
                Optional<DiscountRule> rule = bestLineDiscount(product, tier, channel, date, rules, price);
                if (rule.isPresent() && rule.get().netPrice() != null) {
                    price = rule.get().netPrice();
                    why.add(Message.of("price.promotionNet", rule.get().code(), price, rule.get().description()));
                } else if (rule.isPresent()) {
                    discount = rule.get().percent();
                    why.add(Message.of("price.discount." + rule.get().kind().name(), rule.get().code(),
                            Quantities.shown(discount), rule.get().description()));
                } else {
                    why.add(Message.of("price.noDiscount"));
                }
            }
            return new PriceQuote(price, discount, candidate.source(), candidate.list().code(), why);
        }
        throw new DomainException("price.notFound", product.sku());
    }

    /**
     * The line discount the customer is best off with: the lowest unit price after it, comparing percentages
     * and net prices alike. A net price not below the list price is no discount and never applies.
     */
    static Optional<DiscountRule> bestLineDiscount(Product product, Tier tier, Channel channel, LocalDate date,
                                                   List<DiscountRule> rules, BigDecimal listPrice) {
        return rules.stream()
                .filter(r -> r.validOn(date) && r.appliesTo(channel))
                .filter(r -> r.netPrice() == null || r.netPrice().compareTo(listPrice) < 0)
                .filter(r -> switch (r.kind()) {
                    case TIER -> r.tier() == tier;
                    case CATEGORY -> product.category().equals(r.category());
                    case PROMOTION -> (r.productId() != null && r.productId().equals(product.id()))
                            || (r.productId() == null && product.category().equals(r.category()));
                    case ORDER_VALUE -> false;
                })
                // Best for the customer wins; on a tie the promotion is named, as it is the reason the customer knows.
                .min(Comparator.comparing((DiscountRule r) -> priceAfter(r, listPrice))
                        .thenComparing(r -> r.kind() != DiscountKind.PROMOTION));
    }

    private static BigDecimal priceAfter(DiscountRule rule, BigDecimal listPrice) {
        return rule.netPrice() != null ? rule.netPrice()
                : listPrice.multiply(HUNDRED.subtract(rule.percent())).divide(HUNDRED, 6, RoundingMode.HALF_UP);
    }

    /** The order-value rule with the highest threshold the order reaches, if any. */
    public static Optional<DiscountRule> orderValueDiscount(BigDecimal orderNet, LocalDate date, List<DiscountRule> rules) {
        return rules.stream()
                .filter(r -> r.kind() == DiscountKind.ORDER_VALUE && r.validOn(date))
                .filter(r -> r.minOrderValue().compareTo(orderNet) <= 0)
                .max(Comparator.comparing(DiscountRule::minOrderValue));
    }

    /** Two discounts in cascade, as one percentage rounded to the hundredth: 10 and 5 give 14.50. */
    public static BigDecimal cascade(BigDecimal first, BigDecimal second) {
        BigDecimal remaining = HUNDRED.subtract(first).multiply(HUNDRED.subtract(second))
                .divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return HUNDRED.subtract(remaining).setScale(2, RoundingMode.HALF_UP);
    }
}

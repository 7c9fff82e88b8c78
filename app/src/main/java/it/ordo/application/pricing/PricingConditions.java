package it.ordo.application.pricing;

import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.CandidateList;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceCalculator;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.pricing.PriceQuote;
import it.ordo.domain.pricing.PriceSource;
import it.ordo.domain.pricing.PricingRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The lists, items and rules in force for one use case (from {@link Pricer#conditions()}), and the calculator over them. */
public final class PricingConditions {

    private final Pricer.Snapshot snapshot;
    private final PricingRepository pricing;

    PricingConditions(Pricer.Snapshot snapshot, PricingRepository pricing) {
        this.snapshot = snapshot;
        this.pricing = pricing;
    }

    /**
     * The customer's own lists, its group's lists and the base lists, in that order of precedence. Lists of one
     * target never share a day (see {@code PriceList.conflictsWith}), so on any date at most one of each is valid;
     * the calculator skips the others.
     */
    public List<CandidateList> listsFor(Customer customer) {
        List<CandidateList> lists = new ArrayList<>(3);
        if (customer.priceListId() != null) {
            PriceList assigned = snapshot.lists().get(customer.priceListId());
            if (assigned != null) {
                lists.add(new CandidateList(assigned, PriceSource.CUSTOMER));
            }
        }
        snapshot.customerLists().getOrDefault(customer.id(), List.of()).stream()
                .filter(l -> !l.id().equals(customer.priceListId()))
                .forEach(l -> lists.add(new CandidateList(l, PriceSource.CUSTOMER)));
        if (customer.customerGroup() != null) {
            snapshot.groupLists().getOrDefault(customer.customerGroup(), List.of())
                    .forEach(l -> lists.add(new CandidateList(l, PriceSource.GROUP)));
        }
        snapshot.baseLists().forEach(l -> lists.add(new CandidateList(l, PriceSource.BASE)));
        return lists;
    }

    /** Discount rules that are switched on. */
    public List<DiscountRule> rules() {
        return snapshot.rules();
    }

    /** The list items of several products (an order's lines) in the given lists; read at most once per product. */
    public List<PriceListItem> items(Collection<Product> products, List<CandidateList> lists) {
        Set<Long> ids = products.stream().map(Product::id).collect(Collectors.toSet());
        List<Long> missing = ids.stream().filter(id -> !snapshot.itemsByProduct().containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Pricer.Snapshot.keep(snapshot.itemsByProduct(), missing, pricing.itemsDetached(missing));
        }
        Set<Long> listIds = lists.stream().map(c -> c.list().id()).collect(Collectors.toSet());
        List<PriceListItem> items = new ArrayList<>();
        for (Long id : ids) {
            for (PriceListItem item : snapshot.itemsByProduct().get(id)) {
                if (listIds.contains(item.priceListId())) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** The price of one line of an order from {@code channel} (null: asked outside an order). */
    public PriceQuote quote(Customer customer, Product product, Channel channel, BigDecimal qty, LocalDate date,
                            List<CandidateList> lists, List<PriceListItem> items, List<DiscountRule> rules) {
        return PriceCalculator.quote(product, customer.tier(), channel, qty, date, lists,
                items.stream().filter(i -> i.productId() == product.id()).toList(), rules);
    }
}

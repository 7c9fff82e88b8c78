package it.ordo.application.pricing;

import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
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
import java.util.List;

/** Loads the lists and rules that apply to a customer and asks the calculator; shared by quoting and ordering. */
public final class Pricer {

    private final PricingRepository pricing;

    public Pricer(PricingRepository pricing) {
        this.pricing = pricing;
    }

    public List<CandidateList> listsFor(Customer customer) {
        List<CandidateList> lists = new ArrayList<>(3);
        if (customer.priceListId() != null) {
            pricing.findList(customer.priceListId()).ifPresent(l -> lists.add(new CandidateList(l, PriceSource.CUSTOMER)));
        }
        if (customer.customerGroup() != null) {
            pricing.groupList(customer.customerGroup()).ifPresent(l -> lists.add(new CandidateList(l, PriceSource.GROUP)));
        }
        pricing.baseList().ifPresent(l -> lists.add(new CandidateList(l, PriceSource.BASE)));
        return lists;
    }

    public PriceQuote quote(Customer customer, Product product, BigDecimal qty, LocalDate date,
                            List<CandidateList> lists, List<DiscountRule> rules) {
        return quote(customer, product, qty, date, lists, items(List.of(product), lists), rules);
    }

    /** The list items of several products (an order's lines) in one query, for {@link #quote(Customer, Product, BigDecimal, LocalDate, List, List, List)}. */
    public List<PriceListItem> items(java.util.Collection<Product> products, List<CandidateList> lists) {
        List<Long> ids = lists.stream().map(CandidateList::list).map(PriceList::id).toList();
        return pricing.items(products.stream().map(Product::id).distinct().toList(), ids);
    }

    public PriceQuote quote(Customer customer, Product product, BigDecimal qty, LocalDate date, List<CandidateList> lists,
                            List<PriceListItem> items, List<DiscountRule> rules) {
        return PriceCalculator.quote(product, customer.tier(), qty, date, lists,
                items.stream().filter(i -> i.productId() == product.id()).toList(), rules);
    }

    public List<DiscountRule> rules() {
        return pricing.activeRules();
    }
}

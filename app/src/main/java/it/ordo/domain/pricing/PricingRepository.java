package it.ordo.domain.pricing;

import java.util.List;
import java.util.Optional;

/** Price lists, their items and discount rules. */
public interface PricingRepository {

    Optional<PriceList> findList(String code);

    Optional<PriceList> findList(long id);

    Optional<PriceList> baseList();

    Optional<PriceList> groupList(String customerGroup);

    /** Every item of the product in the given lists, whatever the date or quantity: the calculator picks. */
    List<PriceListItem> items(long productId, List<Long> priceListIds);

    /** The same for several products at once (an order's lines), in one query. */
    List<PriceListItem> items(java.util.Collection<Long> productIds, List<Long> priceListIds);

    /** Discount rules that are switched on. */
    List<DiscountRule> activeRules();

    void store(PriceList list);

    void store(PriceListItem item);

    void store(DiscountRule rule);
}

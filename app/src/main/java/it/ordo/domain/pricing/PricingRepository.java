package it.ordo.domain.pricing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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

    /**
     * The version of the conditions as committed, read from the database; empty when this transaction has
     * changed conditions it has not committed yet (what it reads then is its own, not for the shared cache).
     */
    OptionalLong conditionsVersion();

    /**
     * Says this transaction changes conditions: when it commits, the version moves on for every process.
     * {@code store} calls it; a use case that changes a loaded list, item or rule in place calls it itself.
     */
    void changed();

    /** Every price list, detached from the transaction (to be kept in memory). */
    List<PriceList> allListsDetached();

    /** Active discount rules, detached from the transaction (to be kept in memory). */
    List<DiscountRule> activeRulesDetached();

    /** Every item of these products in any list, detached from the transaction (to be kept in memory). */
    List<PriceListItem> itemsDetached(Collection<Long> productIds);

    /** Every price list, by code. */
    List<PriceList> allLists();

    /** Every item of a list, whatever the date. */
    List<PriceListItem> itemsOfList(long priceListId);

    /** Every discount rule and promotion, switched on or not, by code. */
    List<DiscountRule> allRules();

    Optional<DiscountRule> findRule(String code);

    void store(PriceList list);

    void store(PriceListItem item);

    void store(DiscountRule rule);
}

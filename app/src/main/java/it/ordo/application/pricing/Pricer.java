package it.ordo.application.pricing;

import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.pricing.PricingRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands each priced use case the conditions in force, shared by quoting and ordering. Price lists and
 * discount rules are read once and kept in memory, with the items of each product once it has been priced;
 * each use case reads only the conditions' version (one small SELECT), and when another transaction, here or
 * on another workstation, has committed a change since, everything kept is dropped and read again. A use case
 * that has changed conditions itself and not yet committed reads them from its own transaction, uncached.
 */
public final class Pricer {

    private final PricingRepository pricing;
    private final AtomicReference<Snapshot> cached = new AtomicReference<>();

    public Pricer(PricingRepository pricing) {
        this.pricing = pricing;
    }

    /** The conditions for this use case; call inside its transaction, once. */
    public PricingConditions conditions() {
        OptionalLong version = pricing.conditionsVersion();
        if (version.isEmpty()) {
            return new PricingConditions(load(-1), pricing);
        }
        Snapshot current = cached.get();
        if (current == null || current.version() != version.getAsLong()) {
            Snapshot fresh = load(version.getAsLong());
            // Versions only grow: a slower thread that loaded an older version must not replace a newer one.
            current = cached.accumulateAndGet(fresh, (old, mine) -> old != null && old.version() > mine.version() ? old : mine);
            if (current.version() != version.getAsLong()) {
                current = fresh;
            }
        }
        return new PricingConditions(current, pricing);
    }

    /** The version is read before the lists and rules, so what is kept is never older than the version it is kept under. */
    private Snapshot load(long version) {
        // By id: where legacy lists of one target overlap, the oldest is tried first, as before lists had validity.
        List<PriceList> lists = pricing.allListsDetached().stream().sorted(java.util.Comparator.comparing(PriceList::id)).toList();
        Map<Long, PriceList> byId = new HashMap<>();
        Map<Long, List<PriceList>> byCustomer = new HashMap<>();
        Map<String, List<PriceList>> byGroup = new HashMap<>();
        List<PriceList> base = new java.util.ArrayList<>();
        for (PriceList l : lists) {
            byId.put(l.id(), l);
            switch (l.scope()) {
                case ALL -> base.add(l);
                case GROUP -> byGroup.computeIfAbsent(l.customerGroup(), g -> new java.util.ArrayList<>()).add(l);
                case CUSTOMER -> {
                    if (l.customerId() != null) {
                        byCustomer.computeIfAbsent(l.customerId(), c -> new java.util.ArrayList<>()).add(l);
                    }
                }
            }
        }
        return new Snapshot(version, Map.copyOf(byId), Map.copyOf(byCustomer), Map.copyOf(byGroup), List.copyOf(base),
                List.copyOf(pricing.activeRulesDetached()), new ConcurrentHashMap<>());
    }

    /**
     * Conditions as of one version. The items of a product are read the first time it is priced and kept
     * (an empty list for a product no list prices).
     */
    record Snapshot(long version, Map<Long, PriceList> lists, Map<Long, List<PriceList>> customerLists,
                    Map<String, List<PriceList>> groupLists, List<PriceList> baseLists,
                    List<DiscountRule> rules, Map<Long, List<PriceListItem>> itemsByProduct) {

        static void keep(Map<Long, List<PriceListItem>> into, Collection<Long> productIds, List<PriceListItem> items) {
            Map<Long, List<PriceListItem>> grouped = new HashMap<>();
            productIds.forEach(id -> grouped.put(id, new java.util.ArrayList<>()));
            items.forEach(i -> grouped.get(i.productId()).add(i));
            grouped.forEach((id, list) -> into.put(id, List.copyOf(list)));
        }
    }
}

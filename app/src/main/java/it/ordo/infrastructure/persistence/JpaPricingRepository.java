package it.ordo.infrastructure.persistence;

import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.domain.pricing.PricingRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

public final class JpaPricingRepository implements PricingRepository {

    private static final int IN_CHUNK = 500;

    private final JpaTransactions tx;

    public JpaPricingRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<PriceList> findList(String code) {
        return tx.em().createQuery("select l from PriceList l where l.code = :c", PriceList.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public Optional<PriceList> findList(long id) {
        return Optional.ofNullable(tx.em().find(PriceList.class, id));
    }

    @Override
    public Optional<PriceList> baseList() {
        return tx.em().createQuery("select l from PriceList l where l.baseList = true order by l.id", PriceList.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<PriceList> groupList(String customerGroup) {
        return tx.em().createQuery("select l from PriceList l where l.customerGroup = :g order by l.id", PriceList.class)
                .setParameter("g", customerGroup).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<PriceListItem> items(long productId, List<Long> priceListIds) {
        if (priceListIds.isEmpty()) {
            return List.of();
        }
        return tx.em().createQuery("select i from PriceListItem i where i.productId = :p and i.priceListId in :l",
                        PriceListItem.class)
                .setParameter("p", productId).setParameter("l", priceListIds).getResultList();
    }

    @Override
    public List<PriceListItem> items(java.util.Collection<Long> productIds, List<Long> priceListIds) {
        if (priceListIds.isEmpty() || productIds.isEmpty()) {
            return List.of();
        }
        return itemsQuery(productIds, priceListIds);
    }

    /**
     * Native SQL on the confirmation path: for a query with IN lists Hibernate translates HQL to SQL again
     * on every call (its plan depends on the lists' lengths), which cost more than the query itself; native
     * SQL only has its lists expanded (padded to powers of two, so the database reuses a few plans).
     */
    @SuppressWarnings("unchecked")
    private List<PriceListItem> itemsQuery(java.util.Collection<Long> productIds, List<Long> priceListIds) {
        return tx.em().createNativeQuery("""
                        SELECT id, price_list_id, product_id, min_qty, unit_price, valid_from, valid_to
                        FROM price_list_item WHERE product_id IN (:p) AND price_list_id IN (:l)""", PriceListItem.class)
                .setParameter("p", productIds).setParameter("l", priceListIds).getResultList();
    }

    @Override
    public List<DiscountRule> activeRules() {
        return tx.em().createQuery("select r from DiscountRule r where r.active = true", DiscountRule.class).getResultList();
    }

    @Override
    public OptionalLong conditionsVersion() {
        return VersionRows.read(tx.em(), VersionRows.Row.CONDITIONS);
    }

    @Override
    public void changed() {
        VersionRows.changed(tx.em(), VersionRows.Row.CONDITIONS);
    }

    @Override
    public List<PriceList> allListsDetached() {
        EntityManager em = tx.em();
        List<PriceList> lists = em.createQuery("select l from PriceList l", PriceList.class).getResultList();
        lists.forEach(em::detach);
        return lists;
    }

    @Override
    public List<DiscountRule> activeRulesDetached() {
        EntityManager em = tx.em();
        List<DiscountRule> rules = activeRules();
        rules.forEach(em::detach);
        return rules;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<PriceListItem> itemsDetached(Collection<Long> productIds) {
        EntityManager em = tx.em();
        List<Long> ids = new ArrayList<>(productIds);
        List<PriceListItem> items = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<PriceListItem> chunk = em.createNativeQuery("""
                            SELECT id, price_list_id, product_id, min_qty, unit_price, valid_from, valid_to
                            FROM price_list_item WHERE product_id IN (:p)""", PriceListItem.class)
                    .setParameter("p", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK))).getResultList();
            chunk.forEach(em::detach);
            items.addAll(chunk);
        }
        return items;
    }

    @Override
    public List<PriceList> allLists() {
        return tx.em().createQuery("select l from PriceList l order by l.code", PriceList.class).getResultList();
    }

    @Override
    public List<PriceListItem> itemsOfList(long priceListId) {
        return tx.em().createQuery("select i from PriceListItem i where i.priceListId = :l order by i.productId, i.minQty, i.validFrom",
                PriceListItem.class).setParameter("l", priceListId).getResultList();
    }

    @Override
    public List<DiscountRule> allRules() {
        return tx.em().createQuery("select r from DiscountRule r order by r.code", DiscountRule.class).getResultList();
    }

    @Override
    public Optional<DiscountRule> findRule(String code) {
        return tx.em().createQuery("select r from DiscountRule r where r.code = :c", DiscountRule.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public void store(PriceList list) {
        changed();
        if (list.id() == null) {
            tx.em().persist(list);
        }
    }

    @Override
    public void store(PriceListItem item) {
        changed();
        if (item.id() == null) {
            tx.em().persist(item);
        }
    }

    @Override
    public void store(DiscountRule rule) {
        changed();
        if (rule.id() == null) {
            tx.em().persist(rule);
        }
    }
}

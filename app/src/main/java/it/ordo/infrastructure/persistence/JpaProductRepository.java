package it.ordo.infrastructure.persistence;

import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JpaProductRepository implements ProductRepository {

    private final JpaTransactions tx;

    public JpaProductRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return tx.em().createQuery("select p from Product p where p.sku = :sku", Product.class)
                .setParameter("sku", sku).getResultStream().findFirst();
    }

    @Override
    public Optional<Product> findByEan(String ean) {
        return tx.em().createQuery("select p from Product p where p.ean = :ean", Product.class)
                .setParameter("ean", ean).getResultStream().findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Product> findBySkus(Collection<String> skus) {
        Map<String, Product> result = new HashMap<>();
        if (skus.isEmpty()) {
            return result;
        }
        // Native SQL: an HQL query with an IN list is translated again on every call (its SQL depends on the
        // list's length); a native one only has its list expanded.
        List<Product> found = tx.em().createNativeQuery("SELECT p.* FROM product p WHERE p.sku IN (:skus)", Product.class)
                .setParameter("skus", new java.util.LinkedHashSet<>(skus)).getResultList();
        found.forEach(p -> result.put(p.sku(), p));
        return result;
    }

    @Override
    public Optional<Product> find(long id) {
        return Optional.ofNullable(tx.em().find(Product.class, id));
    }

    @Override
    public Map<Long, Product> findAll(Collection<Long> ids) {
        Map<Long, Product> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        // Products this transaction already holds (an order just priced) are not read again: an IN-list
        // query costs Hibernate a fresh translation every time.
        var session = tx.em().unwrap(org.hibernate.engine.spi.SessionImplementor.class);
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(Product.class);
        List<Long> missing = new java.util.ArrayList<>();
        for (Long id : ids) {
            var context = session.getPersistenceContextInternal();
            Object held = context.getEntity(session.generateEntityKey(id, persister));
            if (held instanceof Product p && !context.getEntry(p).getStatus().isDeletedOrGone()) {
                result.put(id, p);
            } else if (!result.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            tx.em().createQuery("select p from Product p where p.id in :ids", Product.class)
                    .setParameter("ids", missing).getResultList().forEach(p -> result.put(p.id(), p));
        }
        return result;
    }

    @Override
    public List<Product> list(String text, int offset, int limit) {
        String pattern = text == null || text.isBlank() ? "%" : "%" + text.toLowerCase() + "%";
        return tx.em().createQuery("""
                        select p from Product p
                        where lower(p.sku) like :t or lower(p.description) like :t or p.ean like :t
                        order by p.sku""", Product.class)
                .setParameter("t", pattern).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return tx.em().createQuery("select count(p) from Product p", Long.class).getSingleResult();
    }

    @Override
    public void store(Product product) {
        if (product.id() == null) {
            tx.em().persist(product);
        }
    }
}

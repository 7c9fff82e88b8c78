package it.ordo.infrastructure.persistence;

import it.ordo.domain.BaseEntity;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.application.order.OrderReferenceData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The order pipeline's customers, warehouses and products from {@link MasterDataCache}, revalidated by the
 * master-data version: the first lookup of a transaction reads the version rows (one statement, shared with
 * the pricing conditions' version), and later lookups of the same transaction use what it read.
 *
 * <p>What is found on a miss is read through the repositories' own queries, detached from the session and kept.
 * Three cases read the database as if there were no cache, and keep nothing: a transaction that has itself
 * changed master data (the version row is "changing"), one that read an older version than the one kept, and
 * one whose session already holds a record of that kind (it may hold unflushed changes, which detaching would
 * lose). A record the transaction holds is also what a hit returns, so its own changes are what it sees.
 */
public final class JpaOrderReferenceData implements OrderReferenceData {

    private final JpaTransactions tx;
    private final MasterDataCache cache;
    private final JpaCustomerRepository customers;
    private final JpaProductRepository products;
    private final JpaInventoryRepository inventory;

    public JpaOrderReferenceData(JpaTransactions tx, MasterDataCache cache) {
        this.tx = tx;
        this.cache = cache;
        this.customers = new JpaCustomerRepository(tx);
        this.products = new JpaProductRepository(tx);
        this.inventory = new JpaInventoryRepository(tx);
    }

    @Override
    public Optional<Customer> customer(String code) {
        return one(Customer.class, g -> g.customersByCode.get(code), () -> customers.findByCode(code),
                MasterDataCache.Generation::keep);
    }

    @Override
    public Optional<Customer> customer(long id) {
        return one(Customer.class, g -> g.customersById.get(id), () -> customers.find(id).map(c -> {
            c.shippingAddresses().size(); // loaded before it is detached: every order shows the ship-to
            return c;
        }), MasterDataCache.Generation::keep);
    }

    @Override
    public Optional<Warehouse> warehouse(String code) {
        return one(Warehouse.class, g -> g.warehousesByCode.get(code), () -> inventory.findWarehouse(code),
                MasterDataCache.Generation::keep);
    }

    @Override
    public Optional<Warehouse> warehouse(long id) {
        return one(Warehouse.class, g -> g.warehousesById.get(id), () -> inventory.findWarehouse(id),
                MasterDataCache.Generation::keep);
    }

    @Override
    public Optional<Product> productByEan(String ean) {
        return one(Product.class, g -> g.productsByEan.get(ean), () -> products.findByEan(ean),
                MasterDataCache.Generation::keep);
    }

    @Override
    public Map<String, Product> productsBySku(Collection<String> skus) {
        return many(skus, g -> g.productsBySku, products::findBySkus);
    }

    @Override
    public Map<Long, Product> products(Collection<Long> ids) {
        return many(ids, g -> g.productsById, products::findAll);
    }

    /** One record: kept, else read (and kept when the transaction may keep it). */
    private <T extends BaseEntity> Optional<T> one(Class<T> type, Function<MasterDataCache.Generation, T> kept,
                                              Supplier<Optional<T>> read,
                                              BiConsumer<MasterDataCache.Generation, T> keep) {
        SessionImplementor session = tx.em().unwrap(SessionImplementor.class);
        MasterDataCache.Generation g = generation(session);
        if (g != null) {
            T hit = kept.apply(g);
            if (hit != null) {
                return Optional.of(own(session, type, hit));
            }
        }
        boolean mayKeep = g != null && !holdsAny(session, type);
        Optional<T> found = read.get();
        if (mayKeep) {
            found.ifPresent(r -> {
                session.detach(r);
                keep.accept(g, r);
                own(session, type, r);
            });
        }
        return found;
    }

    /** Products by key: those kept, the others read together (and kept when the transaction may keep them). */
    private <K> Map<K, Product> many(Collection<K> keys, Function<MasterDataCache.Generation, Map<K, Product>> kept,
                                     Function<Collection<K>, Map<K, Product>> read) {
        SessionImplementor session = tx.em().unwrap(SessionImplementor.class);
        MasterDataCache.Generation g = generation(session);
        if (g == null) {
            return read.apply(keys);
        }
        Map<K, Product> keptByKey = kept.apply(g);
        Map<K, Product> result = new HashMap<>();
        List<K> missing = new ArrayList<>();
        for (K key : keys) {
            Product hit = keptByKey.get(key);
            if (hit != null) {
                result.put(key, own(session, Product.class, hit));
            } else {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            boolean mayKeep = !holdsAny(session, Product.class);
            Map<K, Product> found = read.apply(missing);
            if (mayKeep) {
                found.values().forEach(p -> {
                    session.detach(p);
                    g.keep(p);
                    own(session, Product.class, p);
                });
            }
            result.putAll(found);
        }
        return result;
    }

    private MasterDataCache.Generation generation(SessionImplementor session) {
        OptionalLong version = VersionRows.read(session, VersionRows.Row.MASTER_DATA);
        return version.isPresent() ? cache.at(version.getAsLong()) : null;
    }

    /** The transaction's own copy of a kept record, when it holds one (perhaps changed and not yet flushed). */
    private static <T extends BaseEntity> T own(SessionImplementor session, Class<T> type, T kept) {
        var persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        EntityKey key = session.generateEntityKey(kept.id(), persister);
        Object held = session.getPersistenceContextInternal().getEntity(key);
        if (held != null) {
            return type.cast(held);
        }
        SharedCopies.handed(session, key, kept);
        return kept;
    }

    /** Whether the session holds any record of this kind: one it reads again is its own, not a copy to share. */
    private static boolean holdsAny(SessionImplementor session, Class<?> type) {
        var context = session.getPersistenceContextInternal();
        if (context.getNumberOfManagedEntities() == 0) {
            return false;
        }
        String name = type.getName();
        for (EntityKey key : context.getEntitiesByKey().keySet()) {
            if (key.getEntityName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}

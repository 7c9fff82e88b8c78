package it.ordo.infrastructure.persistence;

import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.inventory.Warehouse;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one process keeps of the master data the order pipeline reads: the customers (with their delivery
 * addresses), warehouses and products it has looked up, as detached copies, under the master-data version they
 * were read at ({@link VersionRows.Row#MASTER_DATA}). One per {@link Database}, shared by every session and
 * every signed-in user of the process. Only what was found is kept: a code that finds nothing is asked again,
 * so a record created later is found at once.
 */
public final class MasterDataCache {

    /** The entries read at one version; each map is filled as lookups miss, by any thread. */
    static final class Generation {
        final long version;
        final ConcurrentMap<String, Customer> customersByCode = new ConcurrentHashMap<>();
        final ConcurrentMap<Long, Customer> customersById = new ConcurrentHashMap<>();
        final ConcurrentMap<String, Warehouse> warehousesByCode = new ConcurrentHashMap<>();
        final ConcurrentMap<Long, Warehouse> warehousesById = new ConcurrentHashMap<>();
        final ConcurrentMap<String, Product> productsBySku = new ConcurrentHashMap<>();
        final ConcurrentMap<String, Product> productsByEan = new ConcurrentHashMap<>();
        final ConcurrentMap<Long, Product> productsById = new ConcurrentHashMap<>();

        private Generation(long version) {
            this.version = version;
        }

        void keep(Customer c) {
            customersByCode.putIfAbsent(c.code(), c);
            customersById.putIfAbsent(c.id(), c);
        }

        void keep(Warehouse w) {
            warehousesByCode.putIfAbsent(w.code(), w);
            warehousesById.putIfAbsent(w.id(), w);
        }

        void keep(Product p) {
            productsBySku.putIfAbsent(p.sku(), p);
            productsById.putIfAbsent(p.id(), p);
            if (p.ean() != null) {
                productsByEan.putIfAbsent(p.ean(), p);
            }
        }
    }

    private final AtomicReference<Generation> current = new AtomicReference<>();

    /**
     * The entries for a transaction that read {@code version}: the kept ones when they were read at it, a new
     * empty generation when the version has moved on since (what was kept is dropped), and null when newer
     * entries are kept than the transaction may see: it then reads the database, as it would without a cache.
     */
    Generation at(long version) {
        Generation kept = current.get();
        while (kept == null || kept.version < version) {
            Generation fresh = new Generation(version);
            if (current.compareAndSet(kept, fresh)) {
                return fresh;
            }
            kept = current.get();
        }
        return kept.version == version ? kept : null;
    }
}

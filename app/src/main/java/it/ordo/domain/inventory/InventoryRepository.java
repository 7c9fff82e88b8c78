package it.ordo.domain.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Warehouses, stock counters, the ledger and incoming supply. */
public interface InventoryRepository {

    Optional<Warehouse> findWarehouse(String code);

    Optional<Warehouse> findWarehouse(long id);

    List<Warehouse> warehouses();

    void store(Warehouse warehouse);

    Optional<Stock> findStock(long productId, long warehouseId);

    /**
     * The stock row with a write lock held until the transaction ends. Callers
     * that need several lock them in ascending (product, warehouse) order, so
     * two transactions never wait on each other in a circle.
     */
    Stock lockStock(long productId, long warehouseId);

    /**
     * The stock rows of several products in one warehouse, each locked as
     * {@link #lockStock} locks it and in ascending product order, by product;
     * refuses when a product has no row there.
     */
    java.util.SortedMap<Long, Stock> lockStocks(java.util.Collection<Long> productIds, long warehouseId);

    /** Stock rows matching a product (or all when null) and a warehouse (or all when null). */
    List<Stock> stocks(Long productId, Long warehouseId, int offset, int limit);

    void store(Stock stock);

    /** Writes a ledger row at once (ledger rows never change once written). */
    void record(StockMovement movement);

    /** Ledger rows written together (one per line of an order allocated at once). */
    void record(List<StockMovement> movements);

    /** Open supply (not fully received) for a product in a warehouse, earliest expected first. */
    List<SupplyLine> openSupply(long productId, long warehouseId);

    /** Open supply lines of one purchase order for a product, earliest first. */
    List<SupplyLine> openSupply(String poNumber, long productId, long warehouseId);

    void store(SupplyLine line);

    /** Quantity already promised to customers out of future supply: the backorders of open orders. */
    BigDecimal backordered(long productId, long warehouseId);

    /** One page of the stock list, filtered and sorted in the database. */
    List<StockRow> search(StockQuery query);

    /** How many rows the query's filters match (paging ignored). */
    long count(StockQuery query);

    /** Order lines of orders still open that hold or wait for this product in this warehouse, oldest order first. */
    List<StockHolding> holdings(long productId, long warehouseId);

    /** The product categories in use, alphabetical (the stock list's category filter). */
    List<String> categories();

    /** {@link #findStock} of several products in one warehouse, unlocked, in one read; products with no row are absent. */
    java.util.Map<Long, Stock> findStocks(java.util.Collection<Long> productIds, long warehouseId);

    /** {@link #openSupply(long, long)} of several products in one read; products with none are absent. */
    java.util.Map<Long, List<SupplyLine>> openSupply(java.util.Collection<Long> productIds, long warehouseId);

    /** {@link #backordered(long, long)} of several products in one read; products with none are absent. */
    java.util.Map<Long, BigDecimal> backordered(java.util.Collection<Long> productIds, long warehouseId);

    /** Stock rows with goods in quarantine, by product and warehouse. */
    List<Stock> quarantinedStocks();
}

package it.ordo.application.inventory;

import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Stock figures, promise dates, expected supply and goods receipts. */
public interface InventoryService {

    /** On hand, allocated, available and incoming for a product (or all when sku is null) in a warehouse (or all). */
    List<StockLevel> stock(String sku, String warehouseCode, int offset, int limit);

    /** One page of the stock list (product × warehouse) with its total, filtered, sorted and paged in the database. */
    StockPage search(StockQuery query);

    /** The warehouses and product categories the stock list can be filtered on. */
    StockFilters filters();

    /**
     * What is available (on hand less allocated) of every product in every
     * warehouse, keyed {@code SKU|WAREHOUSE}: a buyer's weekly reorder run.
     * Three plain queries, without the stock list's supply and backorder
     * figures, which cost a query per row.
     */
    Map<String, BigDecimal> availableEverywhere();

    /** Who holds and who waits for a product in a warehouse, and what supply is coming. */
    StockDrillDown drillDown(String sku, String warehouseCode);

    /** Earliest promise date for a quantity, per warehouse (just the one when given), soonest first. */
    List<AvailabilityView> availability(String sku, BigDecimal qty, String warehouseCode);

    /**
     * Records a supplier delivery expected on a date (a purchase order line) and moves the promise dates of the
     * orders waiting for the product in that warehouse; returns the purchase-order number stored.
     */
    String addSupply(String sku, String warehouseCode, BigDecimal qty, LocalDate expected, String po);

    /**
     * The supplier moved the delivery of an open purchase order line for a product in a warehouse to another
     * day: the promise dates of the orders waiting for it are computed again, and each order whose date moved
     * later gets one "delayed" message. Returns how many orders' promised dates changed.
     */
    int moveSupply(String po, String sku, String warehouseCode, LocalDate expected);

    /**
     * Goods arrived: on hand grows (a ledger row), the purchase order line is
     * marked received, and backorders waiting for this product in this
     * warehouse are allocated in service order until the goods run out.
     */
    ReceiptView receive(String sku, String warehouseCode, BigDecimal qty, String po);
}

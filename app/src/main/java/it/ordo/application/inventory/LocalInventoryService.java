package it.ordo.application.inventory;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.DomainException;
import it.ordo.domain.Quantities;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Promise;
import it.ordo.domain.inventory.PromiseCalculator;
import it.ordo.domain.inventory.PromiseRequest;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockHolding;
import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.SupplyLine;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The in-process {@link InventoryService}: runs each use case here, on the database. */
public final class LocalInventoryService implements InventoryService {

    private final Transactions tx;
    private final ProductRepository products;
    private final InventoryRepository inventory;
    private final OrderRepository orders;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalInventoryService(Transactions tx, ProductRepository products, InventoryRepository inventory,
                            OrderRepository orders, CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.products = products;
        this.inventory = inventory;
        this.orders = orders;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    /** On hand, allocated, available and incoming for a product (or all when sku is null) in a warehouse (or all). */
    @Override
    public List<StockLevel> stock(String sku, String warehouseCode, int offset, int limit) {
        guard.require(Permission.VIEW_STOCK);
        return tx.read(() -> {
            Long productId = sku == null ? null : product(sku).id();
            Long warehouseId = warehouseCode == null ? null : warehouse(warehouseCode).id();
            List<Stock> rows = inventory.stocks(productId, warehouseId, offset, limit);
            Map<Long, Product> byId = products.findAll(rows.stream().map(Stock::productId).distinct().toList());
            Map<Long, Warehouse> warehouses = new TreeMap<>();
            inventory.warehouses().forEach(w -> warehouses.put(w.id(), w));
            List<StockLevel> views = new ArrayList<>(rows.size());
            for (Stock s : rows) {
                Product p = byId.get(s.productId());
                views.add(new StockLevel(p.sku(), p.description(), warehouses.get(s.warehouseId()).code(), s.onHand(),
                        s.allocated(), s.available(), incoming(inventory.openSupply(s.productId(), s.warehouseId()))));
            }
            return views;
        });
    }

    /** One page of the stock list (product × warehouse) with its total, filtered, sorted and paged in the database. */
    @Override
    public StockPage search(StockQuery query) {
        guard.require(Permission.VIEW_STOCK);
        return tx.read(() -> new StockPage(inventory.search(query), inventory.count(query), query.offset(),
                query.limit()));
    }

    /** The warehouses and product categories the stock list can be filtered on. */
    @Override
    public StockFilters filters() {
        guard.require(Permission.VIEW_STOCK);
        return tx.read(() -> new StockFilters(inventory.warehouses().stream().map(Warehouse::code).toList(),
                inventory.categories()));
    }

    /**
     * What is available (on hand less allocated) of every product in every
     * warehouse, keyed {@code SKU|WAREHOUSE}: a buyer's weekly reorder run.
     * Three plain queries, without the stock list's supply and backorder
     * figures, which cost a query per row.
     */
    @Override
    public Map<String, BigDecimal> availableEverywhere() {
        guard.require(Permission.VIEW_STOCK);
        return tx.read(() -> {
            Map<Long, String> skus = new HashMap<>();
            products.list(null, 0, Integer.MAX_VALUE).forEach(p -> skus.put(p.id(), p.sku()));
            Map<Long, String> codes = new HashMap<>();
            inventory.warehouses().forEach(w -> codes.put(w.id(), w.code()));
            Map<String, BigDecimal> available = new HashMap<>();
            for (Stock s : inventory.stocks(null, null, 0, Integer.MAX_VALUE)) {
                available.put(skus.get(s.productId()) + "|" + codes.get(s.warehouseId()), s.available());
            }
            return available;
        });
    }

    /** Who holds and who waits for a product in a warehouse, and what supply is coming. */
    @Override
    public StockDrillDown drillDown(String sku, String warehouseCode) {
        guard.require(Permission.VIEW_STOCK);
        return tx.read(() -> {
            Product product = product(sku);
            Warehouse w = warehouse(warehouseCode);
            List<StockDrillDown.OrderQty> allocations = new ArrayList<>();
            List<StockDrillDown.OrderQty> backorders = new ArrayList<>();
            for (StockHolding h : inventory.holdings(product.id(), w.id())) {
                if (h.allocated().signum() > 0) {
                    allocations.add(new StockDrillDown.OrderQty(h.orderNumber(), h.customerCode(), h.customerName(),
                            h.status(), h.allocated(), h.promisedDate()));
                }
                if (h.backordered().signum() > 0) {
                    backorders.add(new StockDrillDown.OrderQty(h.orderNumber(), h.customerCode(), h.customerName(),
                            h.status(), h.backordered(), h.promisedDate()));
                }
            }
            List<StockDrillDown.Supply> supply = inventory.openSupply(product.id(), w.id()).stream()
                    .map(l -> new StockDrillDown.Supply(l.poNumber(), l.outstanding(), l.expectedDate())).toList();
            return new StockDrillDown(product.sku(), w.code(), allocations, backorders, supply);
        });
    }

    /** Earliest promise date for a quantity, per warehouse (just the one when given), soonest first. */
    @Override
    public List<AvailabilityView> availability(String sku, BigDecimal qty, String warehouseCode) {
        guard.require(Permission.VIEW_STOCK);
        return tx.read(() -> {
            Product product = product(sku);
            new it.ordo.application.pricing.QuantityRules().requireValid(product, qty);
            List<Warehouse> where = warehouseCode == null ? inventory.warehouses() : List.of(warehouse(warehouseCode));
            LocalDate today = LocalDate.now(clock);
            List<AvailabilityView> views = new ArrayList<>();
            for (Warehouse w : where) {
                Stock s = inventory.findStock(product.id(), w.id()).orElse(new Stock(product.id(), w.id()));
                List<SupplyLine> supply = inventory.openSupply(product.id(), w.id());
                Promise promise = PromiseCalculator.promise(new PromiseRequest(qty, s.available(), supply,
                        inventory.backordered(product.id(), w.id()), today));
                views.add(new AvailabilityView(product.sku(), w.code(), qty, s.onHand(), s.allocated(), s.available(),
                        incoming(supply), promise.date(), promise.explanation()));
            }
            views.sort(Comparator.comparing(AvailabilityView::promiseDate, Comparator.nullsLast(Comparator.naturalOrder())));
            return views;
        });
    }

    /**
     * Records a supplier delivery expected on a date (a purchase order line) and moves the promise dates of the
     * orders waiting for the product in that warehouse; returns the purchase-order number stored.
     */
    @Override
    public String addSupply(String sku, String warehouseCode, BigDecimal qty, LocalDate expected, String po) {
        guard.require(Permission.PLAN_SUPPLY);
        return tx.write(() -> {
            Product product = product(sku);
            new it.ordo.application.pricing.QuantityRules().requireValid(product, qty);
            Warehouse w = warehouse(warehouseCode);
            LocalDate today = LocalDate.now(clock);
            if (expected.isBefore(today)) {
                // Supply in the past would be promised from at once although nobody has seen the goods:
                // goods that have arrived are a receipt.
                throw new DomainException("supply.date.past", expected, today);
            }
            String poNumber = po == null || po.isBlank() ? "PO-" + expected.getYear() + "-" + sku : po.trim();
            if (poNumber.length() > 30) {
                throw new DomainException("supply.po.tooLong", poNumber);
            }
            // The stock row lock first, as in confirmation and receipt: promises made from this supply are then
            // computed by one transaction at a time. Without a stock row nothing can be waiting for the product.
            boolean stocked = inventory.findStock(product.id(), w.id()).isPresent();
            if (stocked) {
                inventory.lockStock(product.id(), w.id());
            }
            SupplyLine line = new SupplyLine(poNumber, product.id(), w.id(), Quantities.qty(qty), expected);
            inventory.store(line);
            if (stocked) {
                repromiseWaiting(product.id(), w.id(), line);
            }
            return poNumber;
        });
    }

    @Override
    public int moveSupply(String po, String sku, String warehouseCode, LocalDate expected) {
        guard.require(Permission.PLAN_SUPPLY);
        return tx.write(() -> {
            Product product = product(sku);
            Warehouse w = warehouse(warehouseCode);
            LocalDate today = LocalDate.now(clock);
            if (expected.isBefore(today)) {
                throw new DomainException("supply.date.past", expected, today);
            }
            // The stock row lock first, as in addSupply: promises are computed by one transaction at a time.
            if (inventory.findStock(product.id(), w.id()).isPresent()) {
                inventory.lockStock(product.id(), w.id());
            }
            List<SupplyLine> open = inventory.openSupply(po, product.id(), w.id());
            if (open.isEmpty()) {
                throw new DomainException("supply.notOpen", po, sku, w.code());
            }
            open.forEach(l -> l.reschedule(expected));
            return repromiseWaiting(product.id(), w.id(), null);
        });
    }

    /**
     * Goods arrived: on hand grows (a ledger row), the purchase order line is
     * marked received, and backorders waiting for this product in this
     * warehouse are allocated in service order until the goods run out.
     */
    @Override
    public ReceiptView receive(String sku, String warehouseCode, BigDecimal qty, String po) {
        guard.require(Permission.RECEIVE_GOODS);
        return tx.write(() -> {
            Product product = product(sku);
            new it.ordo.application.pricing.QuantityRules().requireValid(product, qty);
            Warehouse w = warehouse(warehouseCode);
            Instant now = clock.instant();
            String username = user.username();
            // The stock row lock comes first, as in every use case that touches stock, so receipts and
            // confirmations queue on the same lock instead of deadlocking on each other's rows.
            Stock stock = inventory.lockStock(product.id(), w.id());
            if (po != null) {
                List<SupplyLine> open = inventory.openSupply(po, product.id(), w.id());
                if (open.isEmpty()) {
                    throw new DomainException("supply.notOpen", po, sku, w.code());
                }
                BigDecimal left = qty;
                for (SupplyLine line : open) {
                    left = left.subtract(line.receive(left));
                }
            }
            inventory.record(stock.receive(Quantities.qty(qty), po == null ? "RECEIPT" : po, username, now));
            List<ReceiptView.Filled> filled = fillBackorders(product.id(), w.id(), stock, now);
            // What is still waiting is promised again from the supply left: a receipt on a purchase order
            // takes its quantity out of the incoming goods the earlier promises counted on.
            repromiseWaiting(product.id(), w.id(), null);
            return new ReceiptView(product.sku(), w.code(), po, qty, stock.onHand(), stock.allocated(), filled);
        });
    }

    private List<ReceiptView.Filled> fillBackorders(long productId, long warehouseId, Stock stock, Instant now) {
        List<ReceiptView.Filled> filled = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (SalesOrder order : orders.waitingFor(productId, warehouseId)) {
            for (OrderLine line : order.lines()) {
                if (line.productId() != productId || line.backorderedQty().signum() <= 0) {
                    continue;
                }
                if (stock.available().signum() <= 0) {
                    return filled;
                }
                var movement = stock.allocateUpTo(line.backorderedQty(), order.number(), user.username(), now);
                BigDecimal take = movement.allocatedDelta();
                inventory.record(movement);
                order.fillBackorder(line, take, today);
                filled.add(new ReceiptView.Filled(order.number(), line.lineNo(), take, line.backorderedQty()));
            }
        }
        return filled;
    }

    /**
     * Promises again every backordered line of this product and warehouse, in the order receipts fill them
     * (so the first in line gets the earliest supply), and updates each order's promised date. The caller
     * holds the stock row lock. {@code added} is a supply line stored in this transaction: changes reach the
     * database at commit, so the query does not see it yet.
     */
    private int repromiseWaiting(long productId, long warehouseId, SupplyLine added) {
        List<SupplyLine> supply = new ArrayList<>(inventory.openSupply(productId, warehouseId));
        if (added != null && !supply.contains(added)) {
            supply.add(added);
        }
        // Lines received in this transaction still match the query (not flushed yet) but bring nothing more.
        supply.removeIf(l -> l.outstanding().signum() <= 0);
        supply.sort(Comparator.comparing(SupplyLine::expectedDate).thenComparing(SupplyLine::id,
                Comparator.nullsLast(Comparator.naturalOrder())));
        LocalDate today = LocalDate.now(clock);
        BigDecimal promisedBefore = BigDecimal.ZERO;
        int moved = 0;
        for (SalesOrder order : orders.waitingFor(productId, warehouseId)) {
            LocalDate before = order.promisedDate();
            for (OrderLine line : order.lines()) {
                if (line.productId() != productId || line.backorderedQty().signum() <= 0) {
                    continue;
                }
                Promise promise = PromiseCalculator.promise(new PromiseRequest(line.backorderedQty(), BigDecimal.ZERO,
                        supply, promisedBefore, today));
                order.repromise(line, promise.date());
                promisedBefore = promisedBefore.add(line.backorderedQty());
            }
            if (!java.util.Objects.equals(before, order.promisedDate())) {
                moved++;
            }
        }
        return moved;
    }

    private static List<StockLevel.Incoming> incoming(List<SupplyLine> supply) {
        Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
        supply.forEach(l -> byDate.merge(l.expectedDate(), l.outstanding(), BigDecimal::add));
        return byDate.entrySet().stream().map(e -> new StockLevel.Incoming(e.getKey(), e.getValue())).toList();
    }

    private Product product(String sku) {
        return products.findByTypedCode(sku).orElseThrow(() -> new NotFoundException("product", sku));
    }

    private Warehouse warehouse(String code) {
        return inventory.findWarehouse(code).orElseThrow(() -> new NotFoundException("warehouse", code));
    }
}

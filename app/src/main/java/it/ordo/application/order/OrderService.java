package it.ordo.application.order;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.pricing.Pricer;
import it.ordo.application.pricing.QuantityRules;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.Quantities;
import it.ordo.domain.ValidationException;
import it.ordo.domain.catalog.Ean13;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.Address;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.customer.ShippingAddress;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Promise;
import it.ordo.domain.inventory.PromiseCalculator;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockMovement;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderSearch;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Taking, confirming and moving orders. Confirmation prices every line,
 * checks credit and allocates every line in one transaction, taking the stock
 * row locks in ascending product order so concurrent confirmations queue
 * instead of deadlocking, and never allocate more than is on hand.
 */
public final class OrderService {

    static final int MAX_NOTES = 2000;
    static final int MAX_EXTERNAL_REF = 60;

    private final Transactions tx;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final InventoryRepository inventory;
    private final Pricer pricer;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;
    private final QuantityRules quantityRules = new QuantityRules();
    private final OrderViews views;

    public OrderService(Transactions tx, OrderRepository orders, CustomerRepository customers,
                        ProductRepository products, InventoryRepository inventory, Pricer pricer,
                        CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.inventory = inventory;
        this.pricer = pricer;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
        this.views = new OrderViews(customers, products, inventory);
    }

    /**
     * Places and confirms one order in one transaction. An invalid order is
     * written not at all: every problem is reported in one ValidationException.
     * The result may be CONFIRMED (lines allocated or backordered) or ON_HOLD
     * (credit or blocked customer).
     */
    public OrderView place(OrderRequest request) {
        guard.require(Permission.PLACE_ORDER);
        return tx.write(() -> {
            List<Message> problems = new ArrayList<>();
            Channel channel = parseEnum(Channel.class, request.channel(), "order.channel", problems);
            Priority priority = request.priority() == null || request.priority().isBlank() ? Priority.NORMAL
                    : parseEnum(Priority.class, request.priority(), "order.priority", problems);
            String ref = request.externalRef() == null || request.externalRef().isBlank() ? null : request.externalRef().trim();
            if (ref != null && ref.length() > MAX_EXTERNAL_REF) {
                problems.add(Message.of("order.externalRef.tooLong", MAX_EXTERNAL_REF));
            }
            if (request.notes() != null && request.notes().length() > MAX_NOTES) {
                problems.add(Message.of("order.notes.tooLong", request.notes().length(), MAX_NOTES));
            }
            Customer customer = null;
            if (request.customer() == null || request.customer().isBlank()) {
                problems.add(Message.of("order.customer.missing"));
            } else {
                customer = customers.findByCode(request.customer().trim()).orElse(null);
                if (customer == null) {
                    problems.add(Message.of("notFound.customer", request.customer()));
                }
            }
            Warehouse warehouse = null;
            if (request.warehouse() != null && !request.warehouse().isBlank()) {
                warehouse = inventory.findWarehouse(request.warehouse().trim()).orElse(null);
                if (warehouse == null) {
                    problems.add(Message.of("notFound.warehouse", request.warehouse()));
                }
            } else if (customer != null) {
                warehouse = inventory.findWarehouse(customer.defaultWarehouseId()).orElse(null);
            }
            Address shipTo = customer == null ? null : shipTo(customer, request.shipTo(), problems);
            List<Product> lineProducts = resolveLines(request.lines(), problems);
            if (channel != null && ref != null && ref.length() <= MAX_EXTERNAL_REF && orders.existsExternal(channel, ref)) {
                problems.add(Message.of("order.duplicate", channel, ref));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            SalesOrder order = new SalesOrder(channel, ref, customer.id(), customer.name(),
                    shipTo, warehouse.id(), priority, request.requestedDate(), request.notes(),
                    customer.paymentTerms(), user.username(), now);
            price(order, customer, lineProducts, request.lines(), today);
            Optional<Message> hold = creditHold(order, customer);
            // Lock order: stock rows (ascending) first, the numbering row last, in every use case, so the
            // busiest lock of all is held only for the allocation, the flush and the commit.
            Map<Long, Stock> locked = hold.isPresent() ? Map.of()
                    : lockSorted(order, order.lines().stream().map(OrderLine::productId).toList());
            order.assignNumber(orders.nextOrderNumber(today.getYear()));
            if (hold.isPresent()) {
                order.hold(hold.get().encode(), user.username(), now);
            } else {
                allocate(order, customer, locked, now);
                order.confirm(user.username(), now);
            }
            // Stored once it is complete: one insert of the order and of each line as others will see them
            // (rather than a draft inserted and then updated), and the view carries the version it is saved with.
            orders.store(order);
            return views.view(order);
        });
    }

    /** The chosen shipping address of the customer, the default one when none is chosen. */
    private static Address shipTo(Customer customer, Integer chosen, List<Message> problems) {
        if (chosen == null) {
            return customer.defaultShipTo();
        }
        List<ShippingAddress> addresses = customer.shippingAddresses();
        if (chosen < 0 || chosen >= addresses.size()) {
            problems.add(Message.of("order.shipTo.unknown", chosen + 1, customer.code()));
            return null;
        }
        return addresses.get(chosen).address();
    }

    private List<Product> resolveLines(List<OrderRequest.LineRequest> lines, List<Message> problems) {
        List<Product> result = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            problems.add(Message.of("order.noLines", "-"));
            return result;
        }
        int n = 0;
        for (OrderRequest.LineRequest line : lines) {
            n++;
            Optional<Product> product = Optional.empty();
            if (line.sku() != null && !line.sku().isBlank()) {
                product = products.findBySku(line.sku().trim());
                if (product.isEmpty()) {
                    problems.add(Message.of("order.line.unknownSku", n, line.sku()));
                }
            } else if (line.ean() != null && !line.ean().isBlank()) {
                if (!Ean13.isValid(line.ean().trim())) {
                    problems.add(Message.of("order.line.invalidEan", n, line.ean()));
                } else {
                    product = products.findByEan(line.ean().trim());
                    if (product.isEmpty()) {
                        problems.add(Message.of("order.line.unknownEan", n, line.ean()));
                    }
                }
            } else {
                problems.add(Message.of("order.line.noProduct", n));
            }
            if (product.isPresent()) {
                Product p = product.get();
                if (!p.active()) {
                    problems.add(Message.of("order.line.inactive", n, p.sku()));
                }
                int lineNo = n;
                quantityRules.problem(p, line.qty())
                        .ifPresent(m -> problems.add(Message.of("order.line.problem", lineNo, m.encode())));
            }
            result.add(product.orElse(null));
        }
        return result;
    }

    private void price(SalesOrder order, Customer customer, List<Product> lineProducts,
                       List<OrderRequest.LineRequest> requests, LocalDate today) {
        OrderPricing.price(pricer, order, customer, lineProducts,
                requests.stream().map(OrderRequest.LineRequest::qty).toList(), today);
    }

    /** A blocked customer, or an order that takes open exposure over the credit limit, waits ON_HOLD. */
    private Optional<Message> creditHold(SalesOrder order, Customer customer) {
        if (customer.blocked()) {
            return Optional.of(Message.of("hold.blocked", customer.code()));
        }
        BigDecimal exposure = customers.openOrderExposure(customer.id());
        if (exposure.add(order.grossTotal()).compareTo(customer.creditLimit()) > 0) {
            return Optional.of(Message.of("hold.credit", exposure, order.grossTotal(), customer.creditLimit()));
        }
        return Optional.empty();
    }

    /**
     * Allocates every line from the locked stock rows, or backorders the rest
     * with its promise date; refuses the whole order with the shortfall per
     * line when the customer does not take backorders.
     */
    private void allocate(SalesOrder order, Customer customer, Map<Long, Stock> locked, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Map<Long, BigDecimal> ownBackorders = new HashMap<>();
        List<Message> shortfalls = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            Stock stock = locked.get(line.productId());
            StockMovement movement = stock.allocateUpTo(line.quantity(), order.number(), user.username(), now);
            BigDecimal allocated = BigDecimal.ZERO;
            if (movement != null) {
                inventory.record(movement);
                allocated = movement.allocatedDelta();
                order.allocate(line, allocated);
            }
            BigDecimal missing = line.quantity().subtract(allocated);
            if (missing.signum() == 0) {
                order.repromise(line, today);
                continue;
            }
            if (!customer.acceptsBackorders()) {
                shortfalls.add(Message.of("order.shortfall", line.lineNo(), sku(line), Quantities.shown(line.quantity()),
                        Quantities.shown(allocated)));
                continue;
            }
            BigDecimal promisedBefore = inventory.backordered(line.productId(), order.warehouseId())
                    .add(ownBackorders.getOrDefault(line.productId(), BigDecimal.ZERO));
            Promise promise = PromiseCalculator.promise(missing, BigDecimal.ZERO,
                    inventory.openSupply(line.productId(), order.warehouseId()), promisedBefore, today);
            order.backorder(line, missing, promise.date());
            ownBackorders.merge(line.productId(), missing, BigDecimal::add);
        }
        if (!shortfalls.isEmpty()) {
            throw new ValidationException(shortfalls);
        }
        order.updatePromisedDate();
    }

    /** Locks the stock rows of the given products in this order's warehouse, lowest product id first. */
    private Map<Long, Stock> lockSorted(SalesOrder order, List<Long> productIds) {
        Map<Long, Stock> locked = new TreeMap<>();
        for (Long productId : new TreeSet<>(productIds)) {
            locked.put(productId, inventory.lockStock(productId, order.warehouseId()));
        }
        return locked;
    }

    private String sku(OrderLine line) {
        return products.find(line.productId()).map(Product::sku).orElse("?");
    }

    // --- lifecycle use cases

    public OrderView hold(String number, String reason) {
        return hold(number, reason, null);
    }

    /**
     * Puts the order on hold, as the user saw it: refused (nothing changes)
     * when someone saved the order after the screen read version
     * {@code expectedVersion} ({@link OrderView#version()}), naming who and when.
     */
    public OrderView hold(String number, String reason, long expectedVersion) {
        return hold(number, reason, Long.valueOf(expectedVersion));
    }

    private OrderView hold(String number, String reason, Long expectedVersion) {
        guard.require(Permission.HOLD_ORDER);
        return change(number, expectedVersion, (order, now) -> order.hold(
                reason == null || reason.isBlank() ? Message.of("hold.manual").encode() : reason, user.username(), now));
    }

    /** Takes an order off hold; one held at confirmation now continues it, allocating its lines. */
    public OrderView release(String number) {
        return release(number, null);
    }

    /** Takes the order off hold as the user saw it (version {@code expectedVersion}); refused if it changed since. */
    public OrderView release(String number, long expectedVersion) {
        return release(number, Long.valueOf(expectedVersion));
    }

    private OrderView release(String number, Long expectedVersion) {
        guard.require(Permission.RELEASE_ORDER);
        return change(number, expectedVersion, (order, now) -> {
            OrderStatus back = order.release(user.username(), now, Message.of("hold.released").encode());
            if (back == OrderStatus.DRAFT) {
                // Releasing is the credit controller's decision: no second credit check.
                Customer customer = customers.find(order.customerId()).orElseThrow();
                allocate(order, customer, lockSorted(order, order.lines().stream().map(OrderLine::productId).toList()), now);
                order.confirm(user.username(), now);
            }
        });
    }

    /** Cancels the order and gives back the stock its lines held. */
    public OrderView cancel(String number, String reason) {
        return cancel(number, reason, null);
    }

    /** Cancels the order as the user saw it (version {@code expectedVersion}); refused if it changed since. */
    public OrderView cancel(String number, String reason, long expectedVersion) {
        return cancel(number, reason, Long.valueOf(expectedVersion));
    }

    private OrderView cancel(String number, String reason, Long expectedVersion) {
        guard.require(Permission.CANCEL_ORDER);
        return change(number, expectedVersion, (order, now) -> {
            List<Long> productIds = order.lines().stream().map(OrderLine::productId).toList();
            boolean holdsStock = order.lines().stream().anyMatch(l -> l.allocatedQty().signum() > 0);
            Map<Long, Stock> locked = holdsStock ? lockSorted(order, productIds) : Map.of();
            Map<OrderLine, BigDecimal> held = order.cancel(user.username(), now,
                    reason == null || reason.isBlank() ? null : reason);
            held.forEach((line, qty) -> inventory.record(
                    locked.get(line.productId()).release(qty, order.number(), user.username(), now)));
        });
    }

    /**
     * Changes the order's requested date, priority, external reference and
     * notes, as the user saw the order (version {@code expectedVersion}):
     * refused if someone saved it since, or once the warehouse has started on
     * it. Taking orders includes correcting them, so it needs PLACE_ORDER. The
     * audit trail records each changed field.
     */
    public OrderView editHeader(String number, OrderHeaderEdit edit, long expectedVersion) {
        guard.require(Permission.PLACE_ORDER);
        return change(number, expectedVersion, (order, now) -> {
            List<Message> problems = new ArrayList<>();
            String ref = edit.externalRef() == null || edit.externalRef().isBlank() ? null : edit.externalRef().trim();
            String notes = edit.notes() == null || edit.notes().isBlank() ? null : edit.notes().strip();
            if (ref != null && ref.length() > MAX_EXTERNAL_REF) {
                problems.add(Message.of("order.externalRef.tooLong", MAX_EXTERNAL_REF));
            } else if (ref != null && !ref.equals(order.externalRef()) && orders.existsExternal(order.channel(), ref)) {
                problems.add(Message.of("order.duplicate", order.channel(), ref));
            }
            if (notes != null && notes.length() > MAX_NOTES) {
                problems.add(Message.of("order.notes.tooLong", notes.length(), MAX_NOTES));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            order.editHeader(edit.requestedDate(), edit.priority(), ref, notes);
        });
    }

    public OrderView startPicking(String number) {
        guard.require(Permission.FULFIL_ORDER);
        return change(number, (order, now) -> order.startPicking(user.username(), now));
    }

    public OrderView pack(String number) {
        guard.require(Permission.FULFIL_ORDER);
        return change(number, (order, now) -> order.pack(user.username(), now));
    }

    /** The goods leave: each line's allocated quantity comes off on hand and allocated together. */
    public OrderView ship(String number) {
        guard.require(Permission.FULFIL_ORDER);
        return change(number, (order, now) -> {
            Map<Long, Stock> locked = lockSorted(order, order.lines().stream().map(OrderLine::productId).toList());
            order.ship(user.username(), now);
            for (OrderLine line : order.lines()) {
                if (line.allocatedQty().signum() > 0) {
                    inventory.record(locked.get(line.productId()).ship(line.allocatedQty(), order.number(),
                            user.username(), now));
                }
            }
        });
    }

    public OrderView deliver(String number) {
        guard.require(Permission.FULFIL_ORDER);
        return change(number, (order, now) -> order.deliver(user.username(), now));
    }

    private OrderView change(String number, BiConsumer<SalesOrder, Instant> step) {
        return change(number, null, step);
    }

    /**
     * One move of an order. With an expected version, a change based on an
     * older copy is refused before anything is touched (also when the use case
     * is re-run after someone saved the order meanwhile). The order is stored
     * before the view is made, so the view carries the version just saved.
     */
    private OrderView change(String number, Long expectedVersion, BiConsumer<SalesOrder, Instant> step) {
        return tx.write(() -> {
            SalesOrder order = find(number);
            if (expectedVersion != null) {
                order.requireVersion(expectedVersion);
            }
            step.accept(order, clock.instant());
            orders.store(order);
            return views.view(order);
        });
    }

    // --- queries

    public OrderView show(String number) {
        guard.require(Permission.VIEW_ORDERS);
        return tx.read(() -> views.view(find(number)));
    }

    public List<OrderSummary> list(String status, String customerCode, int limit) {
        guard.require(Permission.VIEW_ORDERS);
        return tx.read(() -> {
            List<Message> problems = new ArrayList<>();
            OrderStatus s = status == null ? null : parseEnum(OrderStatus.class, status, "order.status", problems);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Long customerId = null;
            if (customerCode != null) {
                customerId = customers.findByCode(customerCode)
                        .orElseThrow(() -> new NotFoundException("customer", customerCode)).id();
            }
            return views.summaries(orders.list(s, customerId, Math.max(1, limit)));
        });
    }

    /** The most rows one page may ask for. */
    static final int MAX_PAGE = 500;
    /** Longer filter texts match nothing any order holds; they are cut rather than refused. */
    static final int MAX_FILTER_TEXT = 160;

    /**
     * One page of the order list: filtered, sorted and counted in the
     * database, so a list of 100,000 orders loads only the rows shown.
     */
    public OrderPage search(OrderQuery query) {
        guard.require(Permission.VIEW_ORDERS);
        int limit = Math.clamp(query.limit(), 1, MAX_PAGE);
        int offset = Math.max(0, query.offset());
        java.time.ZoneId zone = clock.getZone();
        OrderSearch search = new OrderSearch(query.status(), query.channel(), query.priority(),
                cut(query.customer()), query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant(), cut(query.text()),
                query.sort(), query.descending());
        return tx.read(() -> {
            long total = orders.count(search);
            // A page past the end (orders cancelled away meanwhile) shows the last page instead of nothing.
            int start = offset >= total && total > 0 ? (int) ((total - 1) / limit * limit) : offset;
            return new OrderPage(total == 0 ? List.of() : orders.search(search, start, limit), total, start, limit);
        });
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_FILTER_TEXT ? text : text.substring(0, MAX_FILTER_TEXT);
    }

    private SalesOrder find(String number) {
        if (number == null) {
            throw new NotFoundException("order", "-");
        }
        return orders.findByNumber(number.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("order", number));
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String what, List<Message> problems) {
        if (raw == null || raw.isBlank()) {
            problems.add(Message.of(what + ".missing"));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(Message.of(what + ".unknown", raw, java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}

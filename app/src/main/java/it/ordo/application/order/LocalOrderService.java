package it.ordo.application.order;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.pricing.Pricer;
import it.ordo.application.security.CustomerScope;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Session;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.Normalization;
import it.ordo.domain.ValidationException;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Stock;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.OrderSearch;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/** The in-process {@link OrderService}: runs each use case here, on the database. */
public final class LocalOrderService implements OrderService {

    private final Transactions tx;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final InventoryRepository inventory;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;
    private final OrderViews views;
    private final OrderAssembly assembly;

    public LocalOrderService(Transactions tx, OrderRepository orders, CustomerRepository customers,
                        OrderReferenceData reference, InventoryRepository inventory, Pricer pricer,
                        CurrentUser user, Clock clock, Guard guard) {
        this.tx = tx;
        this.orders = orders;
        this.customers = customers;
        this.inventory = inventory;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
        this.views = new OrderViews(reference);
        this.assembly = new OrderAssembly(customers, reference, inventory, orders, pricer);
    }

    /**
     * Places and confirms one order in one transaction, through the order
     * pipeline ({@link OrderAssembly}). An invalid order is written not at
     * all: every problem is reported in one ValidationException. The result
     * may be CONFIRMED (lines allocated or backordered) or ON_HOLD (credit or
     * blocked customer).
     */
    @Override
    public OrderView place(OrderRequest request) {
        CustomerScope scope = guard.requireScoped(Permission.PLACE_ORDER);
        return place(request, scope, LinePricing.PRICE_LISTS);
    }

    /**
     * The replacement order of a return (customer service settling it): placed through the same path as any
     * order, its lines at no charge (price source REPLACEMENT). Not on {@link OrderService}: only the return's
     * own use case, in its transaction, places one, never a client.
     */
    public OrderView placeReplacement(OrderRequest request) {
        guard.require(Permission.HANDLE_RETURNS);
        return place(request, CustomerScope.ALL, LinePricing.REPLACEMENT);
    }

    private OrderView place(OrderRequest request, CustomerScope scope, LinePricing pricing) {
        return tx.write(() -> {
            if (!scope.all() && request.customer() != null) {
                assembly.findCustomer(request.customer())
                        .ifPresent(c -> scope.require(c.id(), c.code(), Permission.PLACE_ORDER));
            }
            Instant now = clock.instant();
            // A signed-in sales agent (not the trusted local user, who holds every role). Stored with the order:
            // the agent's sales can be cut from the orders.
            String agent = user instanceof Session session && session.roles().contains(Role.SALES_AGENT)
                    ? UserAccount.normalize(user.username()) : null;
            SalesOrder order = assembly.place(request, user.username(), now, LocalDate.ofInstant(now, clock.getZone()),
                    pricing, agent);
            return views.view(order);
        });
    }

    // --- lifecycle use cases

    @Override
    public OrderView hold(String number, String reason) {
        return hold(number, reason, null);
    }

    /**
     * Puts the order on hold, as the user saw it: refused (nothing changes)
     * when someone saved the order after the screen read version
     * {@code expectedVersion} ({@link OrderView#version()}), naming who and when.
     */
    @Override
    public OrderView hold(String number, String reason, long expectedVersion) {
        return hold(number, reason, Long.valueOf(expectedVersion));
    }

    private OrderView hold(String number, String reason, Long expectedVersion) {
        guard.require(Permission.HOLD_ORDER);
        return change(number, expectedVersion, (order, now) -> order.hold(
                reason == null || reason.isBlank() ? Message.of("hold.manual").encode() : reason, user.username(), now));
    }

    /** Takes an order off hold; one held at confirmation now continues it, allocating its lines. */
    @Override
    public OrderView release(String number) {
        return release(number, null);
    }

    /** Takes the order off hold as the user saw it (version {@code expectedVersion}); refused if it changed since. */
    @Override
    public OrderView release(String number, long expectedVersion) {
        return release(number, Long.valueOf(expectedVersion));
    }

    /**
     * A hold taken at confirmation (credit limit, blocked customer) is
     * released by the credit controller ({@link Permission#RELEASE_CREDIT_HOLD});
     * a hold put on by hand by whoever may release orders.
     */
    private OrderView release(String number, Long expectedVersion) {
        guard.require(Permission.RELEASE_ORDER);
        return change(number, expectedVersion, (order, now) -> {
            if (order.status() == OrderStatus.ON_HOLD && order.heldFrom() == OrderStatus.DRAFT) {
                guard.require(Permission.RELEASE_CREDIT_HOLD);
            }
            OrderStatus back = order.release(user.username(), now, Message.of("hold.released").encode());
            if (back == OrderStatus.DRAFT) {
                // Releasing is the credit controller's decision: no second credit check.
                Customer customer = customers.find(order.customerId()).orElseThrow();
                assembly.allocate(order, customer, assembly.lockSorted(order), user.username(), now,
                        LocalDate.ofInstant(now, clock.getZone()));
                order.confirm(user.username(), now);
            }
        });
    }

    /** Cancels the order and gives back the stock its lines held. */
    @Override
    public OrderView cancel(String number, String reason) {
        return cancel(number, reason, null);
    }

    /** Cancels the order as the user saw it (version {@code expectedVersion}); refused if it changed since. */
    @Override
    public OrderView cancel(String number, String reason, long expectedVersion) {
        return cancel(number, reason, Long.valueOf(expectedVersion));
    }

    private OrderView cancel(String number, String reason, Long expectedVersion) {
        CustomerScope scope = guard.requireScoped(Permission.CANCEL_ORDER);
        return change(number, expectedVersion, (order, now) -> {
            if (!scope.covers(order.customerId())) {
                throw new NotFoundException("order", number);
            }
            // What the order took off a declaration of intent goes back; its row is locked before the stock's,
            // in the order placing takes them.
            if (order.intentDeclarationId() != null) {
                customers.lockDeclaration(order.intentDeclarationId()).ifPresent(d -> d.giveBack(order.netTotal()));
            }
            boolean holdsStock = order.lines().stream().anyMatch(l -> l.allocatedQty().signum() > 0);
            Map<Long, Stock> locked = holdsStock ? assembly.lockSorted(order) : Map.of();
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
    @Override
    public OrderView editHeader(String number, OrderHeaderEdit edit, long expectedVersion) {
        guard.require(Permission.PLACE_ORDER);
        return change(number, expectedVersion, (order, now) -> {
            List<Message> problems = new ArrayList<>();
            String ref = Normalization.clean(edit.externalRef());
            String notes = Normalization.clean(edit.notes());
            if (ref != null && ref.length() > OrderAssembly.MAX_EXTERNAL_REF) {
                problems.add(Message.of("order.externalRef.tooLong", OrderAssembly.MAX_EXTERNAL_REF));
            } else if (Normalization.hasControl(ref, false)) {
                problems.add(Message.of("text.control", "externalRef"));
            } else if (ref != null && !Normalization.key(ref).equals(Normalization.key(order.externalRef()))
                    && orders.existsExternal(order.channel(), ref)) {
                // The order's own reference, written in other capitals, is no duplicate of itself.
                problems.add(Message.of("order.duplicate", order.channel(), ref));
            }
            if (notes != null && notes.length() > OrderAssembly.MAX_NOTES) {
                problems.add(Message.of("order.notes.tooLong", notes.length(), OrderAssembly.MAX_NOTES));
            }
            Normalization.controlProblem("notes", notes, true).ifPresent(problems::add);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            order.editHeader(edit.requestedDate(), edit.priority(), ref, notes);
        });
    }

    @Override
    public OrderView startPicking(String number) {
        guard.require(Permission.FULFIL_ORDER);
        return change(number, (order, now) -> order.startPicking(user.username(), now));
    }

    @Override
    public OrderView pack(String number) {
        guard.require(Permission.FULFIL_ORDER);
        return change(number, (order, now) -> order.pack(user.username(), now));
    }

    @Override
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

    @Override
    public OrderView show(String number) {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_ORDERS);
        return tx.read(() -> {
            SalesOrder order = find(number);
            // Another agent's customer's order is, for this agent, no order at all.
            if (!scope.covers(order.customerId())) {
                throw new NotFoundException("order", number);
            }
            return views.view(order);
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
    @Override
    public OrderPage search(OrderQuery query) {
        CustomerScope scope = guard.requireScoped(Permission.VIEW_ORDERS);
        int limit = Math.clamp(query.limit(), 1, MAX_PAGE);
        int offset = Math.max(0, query.offset());
        java.time.ZoneId zone = clock.getZone();
        return tx.read(() -> {
            Long customerId = null;
            if (Normalization.clean(query.customerCode()) != null) {
                customerId = assembly.findCustomer(query.customerCode())
                        .orElseThrow(() -> new NotFoundException("customer", query.customerCode())).id();
            }
            OrderSearch search = new OrderSearch(query.status(), query.channel(), query.priority(), cut(query.customer()),
                    query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
                    query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant(), cut(query.text()),
                    query.sort(), query.descending(), customerId, scope.customerIds(), query.followUp(),
                    LocalDate.now(clock));
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
}

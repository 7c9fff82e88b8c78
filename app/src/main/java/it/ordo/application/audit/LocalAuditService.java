package it.ordo.application.audit;

import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.CustomerScope;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.audit.AuditEntry;
import it.ordo.domain.audit.AuditTrail;
import it.ordo.domain.catalog.ProductRepository;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.customer.CustomerRepository;
import it.ordo.domain.inventory.InventoryRepository;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderRepository;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.order.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The in-process {@link AuditService}: runs each use case here, on the database. */
public final class LocalAuditService implements AuditService {

    /**
     * A use case writes its status step and its audit entries in one
     * transaction, a moment apart (the step at the use case's "now", the
     * entries at the start of the transaction).
     */
    private static final Duration SAME_TRANSACTION = Duration.ofSeconds(5);

    /** Told by the status step of the same transaction, with its reason. */
    private static final Set<String> TOLD_BY_STATUS_STEP = Set.of("status", "heldFrom", "holdReason");

    /** Shown elsewhere (the order itself, the entry's own user and time), or internal. */
    private static final Set<String> LEFT_OUT = Set.of("orderNumber", "createdAt", "createdBy", "lineNo", "priceNote");

    /** Stored encoded, read in the reader's language. */
    private static final Set<String> MESSAGES = Set.of("holdReason");

    private final Transactions tx;
    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final ProductRepository products;
    private final InventoryRepository inventory;
    private final AuditTrail trail;
    private final Guard guard;

    public LocalAuditService(Transactions tx, OrderRepository orders, CustomerRepository customers,
                        ProductRepository products, InventoryRepository inventory, AuditTrail trail, Guard guard) {
        this.tx = tx;
        this.orders = orders;
        this.customers = customers;
        this.products = products;
        this.inventory = inventory;
        this.trail = trail;
        this.guard = guard;
    }

    /**
     * The order's story: status steps merged with the recorded changes of the
     * order and its lines, in time order (and, within one moment, in the order
     * the changes were written). A status step takes the workstation of the
     * change of the order it came with, and that change leaves out what the
     * step already tells (the status and the hold reason).
     */
    @Override
    public OrderHistory orderHistory(String number) {
        // A sales agent reads the history of their own customers' orders, as the order itself.
        CustomerScope scope = guard.requireScoped(Permission.VIEW_ORDERS);
        return tx.read(() -> {
            SalesOrder order = number == null ? null
                    : orders.findByNumber(number.trim().toUpperCase(Locale.ROOT)).orElse(null);
            if (order == null || !scope.covers(order.customerId())) {
                throw new NotFoundException("order", number == null ? "-" : number);
            }
            List<AuditEntry> audit = trail.ofOrder(order.number());
            Names names = new Names(order, audit);
            // The changes of one transaction share its start time, user and workstation. Within one, the order's
            // creation comes first, then its status steps, then the other changes of the order, then its lines.
            Map<List<Object>, Long> firstOfTransaction = new HashMap<>();
            for (AuditEntry a : audit) {
                firstOfTransaction.merge(transaction(a), a.id(), Math::min);
            }

            List<Step> steps = new ArrayList<>();
            Set<AuditEntry> told = new HashSet<>();
            int seq = 0;
            for (StatusChange c : order.history()) {
                AuditEntry same = sameTransaction(audit, c);
                String workstation = null;
                Instant sortAt = c.changedAt();
                long sortId = Long.MAX_VALUE;
                if (same != null) {
                    told.add(same);
                    workstation = same.workstation();
                    sortAt = same.at();
                    sortId = firstOfTransaction.get(transaction(same));
                }
                steps.add(new Step(sortAt, sortId, 1, 0, seq++, new OrderHistory.Entry(c.changedAt(), c.username(),
                        workstation, "ORDER", null, "STATUS", List.of(new OrderHistory.Change("status",
                        c.fromStatus() == null ? null : text(c.fromStatus().name()), text(c.toStatus().name()))),
                        Message.decode(c.reason()))));
            }
            for (AuditEntry a : audit) {
                boolean line = "OrderLine".equals(a.entity());
                List<OrderHistory.Change> changes = new ArrayList<>();
                for (AuditEntry.FieldChange f : a.changes()) {
                    if (!LEFT_OUT.contains(f.field()) && !(told.contains(a) && TOLD_BY_STATUS_STEP.contains(f.field()))) {
                        changes.add(names.change(f));
                    }
                }
                if (changes.isEmpty()) {
                    continue;
                }
                String action = switch (a.action()) {
                    case INSERT -> "CREATED";
                    case UPDATE -> "CHANGED";
                    case DELETE -> "REMOVED";
                };
                Integer lineNo = line ? names.lineNo(a) : null;
                int rank = line ? 3 : a.action() == AuditEntry.Action.INSERT ? 0 : 2;
                steps.add(new Step(a.at(), firstOfTransaction.get(transaction(a)), rank,
                        lineNo == null ? 0 : lineNo, seq++, new OrderHistory.Entry(a.at(), a.username(),
                        a.workstation(), line ? "LINE" : "ORDER", lineNo, action, changes, null)));
            }
            steps.sort(Comparator.comparing(Step::sortAt).thenComparingLong(Step::sortId).thenComparingInt(Step::rank)
                    .thenComparingInt(Step::lineNo).thenComparingInt(Step::seq));
            return new OrderHistory(order.number(), steps.stream().map(Step::entry).toList());
        });
    }

    /**
     * The change of the order written in the same transaction as a status
     * step: by the same user, at most a few seconds before the step (changes
     * carry the transaction's start), the one that made the same move if there
     * is one, else the latest.
     */
    private static AuditEntry sameTransaction(List<AuditEntry> audit, StatusChange step) {
        AuditEntry latest = null;
        AuditEntry sameMove = null;
        String from = step.fromStatus() == null ? null : step.fromStatus().name();
        String to = step.toStatus().name();
        for (AuditEntry a : audit) {
            if (!"SalesOrder".equals(a.entity()) || !a.username().equals(step.username()) || a.at().isAfter(step.changedAt())
                    || Duration.between(a.at(), step.changedAt()).compareTo(SAME_TRANSACTION) > 0) {
                continue;
            }
            latest = a; // the trail comes oldest first
            if (a.change("status").filter(c -> Objects.equals(c.from(), from) && to.equals(c.to())).isPresent()) {
                sameMove = a;
            }
        }
        return sameMove != null ? sameMove : latest;
    }

    private static List<Object> transaction(AuditEntry a) {
        return java.util.Arrays.asList(a.at(), a.username(), a.workstation());
    }

    private record Step(Instant sortAt, long sortId, int rank, int lineNo, int seq, OrderHistory.Entry entry) {
    }

    private static Message text(String value) {
        return value == null ? null : Message.of("text", value);
    }

    /** Ids become the codes people know: customer code, warehouse code, SKU; line ids become line numbers. */
    private final class Names {

        private final Map<Long, Integer> lineNos = new HashMap<>();
        private final Map<Long, String> skus = new HashMap<>();

        Names(SalesOrder order, List<AuditEntry> audit) {
            for (OrderLine l : order.lines()) {
                lineNos.put(l.id(), l.lineNo());
            }
            for (AuditEntry a : audit) {
                if ("OrderLine".equals(a.entity()) && a.action() == AuditEntry.Action.INSERT) {
                    a.change("lineNo").map(AuditEntry.FieldChange::to).ifPresent(n ->
                            lineNos.putIfAbsent(a.entityId(), Integer.valueOf(n)));
                }
            }
            List<Long> productIds = new ArrayList<>();
            for (AuditEntry a : audit) {
                a.change("productId").ifPresent(c -> {
                    addId(productIds, c.from());
                    addId(productIds, c.to());
                });
            }
            products.findAll(productIds).forEach((id, p) -> skus.put(id, p.sku()));
        }

        Integer lineNo(AuditEntry a) {
            return lineNos.get(a.entityId());
        }

        OrderHistory.Change change(AuditEntry.FieldChange f) {
            return switch (f.field()) {
                case "productId" -> new OrderHistory.Change("sku", text(sku(f.from())), text(sku(f.to())));
                case "customerId" -> new OrderHistory.Change("customer", text(customer(f.from())),
                        text(customer(f.to())));
                case "warehouseId" -> new OrderHistory.Change("warehouse", text(warehouse(f.from())),
                        text(warehouse(f.to())));
                default -> MESSAGES.contains(f.field())
                        ? new OrderHistory.Change(f.field(), Message.decode(f.from()), Message.decode(f.to()))
                        : new OrderHistory.Change(f.field(), text(f.from()), text(f.to()));
            };
        }

        private String sku(String id) {
            return id == null ? null : skus.getOrDefault(Long.valueOf(id), id);
        }

        private String customer(String id) {
            return id == null ? null : customers.find(Long.parseLong(id)).map(Customer::code).orElse(id);
        }

        private String warehouse(String id) {
            return id == null ? null : inventory.findWarehouse(Long.parseLong(id)).map(Warehouse::code).orElse(id);
        }

        private static void addId(List<Long> ids, String value) {
            if (value != null && value.matches("\\d+")) {
                ids.add(Long.valueOf(value));
            }
        }
    }
}

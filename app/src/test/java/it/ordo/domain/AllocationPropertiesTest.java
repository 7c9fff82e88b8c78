package it.ordo.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.ordo.domain.inventory.Stock;
import it.ordo.domain.inventory.StockMovement;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.OrderNumber;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Orders and stock together, as the confirmation, cancellation, receiving and
 * shipping use cases drive them, over random histories from a fixed seed: what
 * the stock rows hold is exactly what the live orders' lines hold, never more
 * than is on hand, and the ledger always explains the counters.
 */
class AllocationPropertiesTest {

    private static final int CASES = 300;
    private static final int PRODUCTS = 4;
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Address SHIP_TO = new Address("Via Roma 1", "20121", "Milano", "MI", "IT");

    private final Random random = new Random(2026L);

    @Test
    void stockHeldIsWhatLiveOrdersHoldAndTheLedgerExplainsIt() {
        Map<OrderStatus, Integer> seen = new HashMap<>();
        for (int c = 0; c < CASES; c++) {
            Map<Long, Stock> stock = new HashMap<>();
            List<StockMovement> ledger = new ArrayList<>();
            for (long p = 1; p <= PRODUCTS; p++) {
                Stock row = new Stock(p, 1L);
                if (random.nextInt(4) > 0) {
                    ledger.add(row.receive(qty(1 + random.nextInt(30)), "PO", "gino", NOW));
                }
                stock.put(p, row);
            }
            List<SalesOrder> orders = new ArrayList<>();
            for (int step = 0; step < 25; step++) {
                switch (random.nextInt(4)) {
                    case 0, 1 -> orders.add(confirm(orders.size() + 1, stock, ledger));
                    case 2 -> cancelOne(orders, stock, ledger);
                    default -> shipOne(orders, stock, ledger);
                }
                holdsInvariants(orders, stock, ledger, c, step);
            }
            orders.forEach(o -> seen.merge(o.status(), 1, Integer::sum));
        }
        // the histories did go every way: some orders shipped, some cancelled, some still waiting
        assertThat(seen).containsKeys(OrderStatus.CONFIRMED, OrderStatus.SHIPPED, OrderStatus.CANCELLED);
    }

    /** Confirmation: each line takes what it can from stock and waits for the rest. */
    private SalesOrder confirm(int sequence, Map<Long, Stock> stock, List<StockMovement> ledger) {
        SalesOrder order = new SalesOrder(Channel.WEB, null, 1L, "Rossi", SHIP_TO, 1L, Priority.NORMAL, null, null,
                null, "anna", NOW);
        int lines = 1 + random.nextInt(4);
        for (int i = 0; i < lines; i++) {
            order.addLine(1 + random.nextInt(PRODUCTS), qty(1 + random.nextInt(10)), new BigDecimal("1.00"),
                    BigDecimal.ZERO, new BigDecimal("22"), null);
        }
        order.assignNumber(OrderNumber.of(2026, sequence));
        order.confirm("anna", NOW);
        for (OrderLine line : order.lines()) {
            StockMovement movement = stock.get(line.productId()).allocateUpTo(line.quantity(), order.number(), "anna", NOW);
            BigDecimal allocated = BigDecimal.ZERO;
            if (movement != null) {
                ledger.add(movement);
                allocated = movement.allocatedDelta();
                order.allocate(line, allocated);
            }
            BigDecimal missing = line.quantity().subtract(allocated);
            if (missing.signum() > 0) {
                order.backorder(line, missing, null);
            } else {
                order.repromise(line, TODAY);
            }
        }
        return order;
    }

    /** Cancellation: whatever the order held goes back to stock. */
    private void cancelOne(List<SalesOrder> orders, Map<Long, Stock> stock, List<StockMovement> ledger) {
        List<SalesOrder> open = orders.stream().filter(o -> o.status() == OrderStatus.CONFIRMED).toList();
        if (open.isEmpty()) {
            return;
        }
        SalesOrder order = open.get(random.nextInt(open.size()));
        order.cancel("anna", NOW, null).forEach((line, held) ->
                ledger.add(stock.get(line.productId()).release(held, order.number(), "anna", NOW)));
    }

    /** Shipping an order whose lines are all allocated: the goods leave on hand and the reservation together. */
    private void shipOne(List<SalesOrder> orders, Map<Long, Stock> stock, List<StockMovement> ledger) {
        List<SalesOrder> ready = orders.stream().filter(o -> o.status() == OrderStatus.CONFIRMED)
                .filter(o -> o.lines().stream().allMatch(l -> l.backorderedQty().signum() == 0)).toList();
        if (ready.isEmpty()) {
            return;
        }
        SalesOrder order = ready.get(random.nextInt(ready.size()));
        order.startPicking("bruno", NOW);
        order.pack("bruno", NOW);
        order.ship("carla", NOW);
        for (OrderLine line : order.lines()) {
            ledger.add(stock.get(line.productId()).ship(line.allocatedQty(), order.number(), "carla", NOW));
        }
    }

    /** Plain comparisons, checked after every step; an assertion object per check would be the slow part. */
    private static void holdsInvariants(List<SalesOrder> orders, Map<Long, Stock> stock, List<StockMovement> ledger,
                                        int c, int step) {
        for (Stock row : stock.values()) {
            long product = row.productId();
            BigDecimal heldByOrders = orders.stream().filter(o -> o.status() == OrderStatus.CONFIRMED)
                    .flatMap(o -> o.lines().stream()).filter(l -> l.productId() == product)
                    .map(OrderLine::allocatedQty).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal ledgerOnHand = ledger.stream().filter(m -> m.productId() == product)
                    .map(StockMovement::onHandDelta).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal ledgerAllocated = ledger.stream().filter(m -> m.productId() == product)
                    .map(StockMovement::allocatedDelta).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (row.allocated().compareTo(heldByOrders) != 0 || row.allocated().compareTo(row.onHand()) > 0
                    || row.allocated().signum() < 0 || ledgerOnHand.compareTo(row.onHand()) != 0
                    || ledgerAllocated.compareTo(row.allocated()) != 0) {
                fail("case %d step %d product %d: on hand %s (ledger %s), allocated %s (ledger %s), held by orders %s",
                        c, step, product, row.onHand(), ledgerOnHand, row.allocated(), ledgerAllocated, heldByOrders);
            }
        }
        for (SalesOrder order : orders) {
            if (order.status() == OrderStatus.CANCELLED
                    && order.lines().stream().anyMatch(l -> l.allocatedQty().signum() != 0)) {
                fail("case %d step %d: cancelled %s still holds stock", c, step, order.number());
            }
        }
    }

    private static BigDecimal qty(int units) {
        return BigDecimal.valueOf(units);
    }
}

package it.ordo.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import it.ordo.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of receipts, allocations, releases, shipments and count
 * corrections on one stock row, from a fixed seed: the counters stay within
 * their bounds and always equal the sums of the ledger rows written.
 */
class StockPropertiesTest {

    private static final int CASES = 400;
    private static final int STEPS = 60;
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final Random random = new Random(8L);

    @Test
    void allocatedStaysBetweenZeroAndOnHandAndTheLedgerAddsUpToTheCounters() {
        for (int c = 0; c < CASES; c++) {
            Stock stock = new Stock(100L, 1L);
            List<StockMovement> ledger = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                BigDecimal qty = randomQty();
                BigDecimal allocatedBefore = stock.allocated();
                BigDecimal availableBefore = stock.available();
                StockMovement movement = null;
                try {
                    movement = switch (random.nextInt(5)) {
                        case 0 -> stock.receive(qty, "PO", "gino", NOW);
                        case 1 -> stock.allocateUpTo(qty, "ORD", "anna", NOW);
                        case 2 -> stock.release(qty, "ORD", "anna", NOW);
                        case 3 -> stock.ship(qty, "ORD", "carla", NOW);
                        default -> stock.adjust(random.nextBoolean() ? qty : qty.negate(), "COUNT", "gino", NOW);
                    };
                } catch (DomainException refused) {
                    // a refused change must leave the counters as they were
                    assertThat(stock.allocated()).isEqualByComparingTo(allocatedBefore);
                    assertThat(stock.available()).isEqualByComparingTo(availableBefore);
                }
                if (movement != null) {
                    ledger.add(movement);
                    if (movement.kind() == MovementKind.ALLOCATE) {
                        assertThat(movement.allocatedDelta()).isPositive()
                                .isLessThanOrEqualTo(qty).isLessThanOrEqualTo(availableBefore);
                    }
                }
                holdsInvariants(stock, ledger, c, step);
            }
            assertThat(ledger).as("case %d wrote rows", c).isNotEmpty();
        }
    }

    @Test
    void allocatingInAnyPiecesNeverTakesMoreThanWasOnHand() {
        for (int c = 0; c < CASES; c++) {
            Stock stock = new Stock(100L, 1L);
            BigDecimal onHand = randomQty();
            stock.receive(onHand, "PO", "gino", NOW);
            BigDecimal taken = BigDecimal.ZERO;
            BigDecimal asked = BigDecimal.ZERO;
            for (int step = 0; step < 20; step++) {
                BigDecimal want = randomQty();
                asked = asked.add(want);
                StockMovement movement = stock.allocateUpTo(want, "ORD-" + step, "anna", NOW);
                if (movement != null) {
                    taken = taken.add(movement.allocatedDelta());
                }
            }
            assertThat(taken).as("case %d", c).isEqualByComparingTo(onHand.min(asked));
            assertThat(stock.allocated()).isEqualByComparingTo(taken);
        }
    }

    /**
     * Checked after every step, so with plain comparisons: an assertion object per
     * check and step would make this test the slowest of the domain set.
     */
    private static void holdsInvariants(Stock stock, List<StockMovement> ledger, int c, int step) {
        String problem = null;
        if (stock.allocated().signum() < 0) {
            problem = "allocated below zero";
        } else if (stock.allocated().compareTo(stock.onHand()) > 0) {
            problem = "allocated above on hand";
        } else if (sum(ledger, StockMovement::onHandDelta).compareTo(stock.onHand()) != 0) {
            problem = "on hand differs from its ledger";
        } else if (sum(ledger, StockMovement::allocatedDelta).compareTo(stock.allocated()) != 0) {
            problem = "allocated differs from its ledger";
        }
        if (problem != null) {
            fail("case %d step %d: %s (on hand %s, allocated %s)", c, step, problem, stock.onHand(), stock.allocated());
        }
    }

    private BigDecimal randomQty() {
        return random.nextBoolean() ? BigDecimal.valueOf(1 + random.nextInt(30))
                : BigDecimal.valueOf(1 + random.nextInt(30_000), 3);
    }

    private static BigDecimal sum(List<StockMovement> ledger, java.util.function.Function<StockMovement, BigDecimal> delta) {
        return ledger.stream().map(delta).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

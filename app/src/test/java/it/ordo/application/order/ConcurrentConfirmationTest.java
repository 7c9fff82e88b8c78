package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.inventory.StockLevel;
import it.ordo.domain.ValidationException;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Eight operators confirm orders at the same moment for the last 100 units of
 * one product (and a second product, so each order locks two rows): nobody may
 * get stock that is not there, no unit may get lost, and no deadlock or SQL
 * error may reach an operator.
 */
@Tag("db")
class ConcurrentConfirmationTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "60");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void eightThreadsNeverOversellAndEveryUnitIsAllocatedOrBackordered() throws Exception {
        int threads = 8;
        int ordersPerThread = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<OrderView> placed = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refusedForShortfall = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < ordersPerThread; i++) {
                    // Half the lines list P3 first: the service must still lock in product order.
                    int q1 = ThreadLocalRandom.current().nextInt(1, 6);
                    int q3 = ThreadLocalRandom.current().nextInt(1, 4);
                    String customer = (i % 4 == 3) ? "C-NOBO" : "C-B";
                    Object[] lines = (i % 2 == 0) ? new Object[] {"P1", q1, "P3", q3} : new Object[] {"P3", q3, "P1", q1};
                    try {
                        placed.add(company.order(customer, "T" + thread + "-" + i, lines));
                    } catch (ValidationException e) {
                        refusedForShortfall.incrementAndGet();
                        assertThat(e.problems()).allSatisfy(m -> assertThat(m.key()).isEqualTo("order.shortfall"));
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(unexpected).isEmpty();
        assertThat(placed.size() + refusedForShortfall.get()).isEqualTo(threads * ordersPerThread);
        assertThat(refusedForShortfall.get()).as("scarce stock must refuse some no-backorder orders").isPositive();

        for (String sku : List.of("P1", "P3")) {
            StockLevel stock = company.ctx.inventory().stock(sku, "MIL", 0, 1).getFirst();
            assertThat(stock.allocated()).isLessThanOrEqualTo(stock.onHand());
            BigDecimal allocatedByOrders = BigDecimal.ZERO;
            for (OrderView o : placed) {
                for (OrderView.Line l : o.lines()) {
                    if (l.sku().equals(sku)) {
                        assertThat(l.allocated().add(l.backordered())).isEqualByComparingTo(l.quantity());
                        allocatedByOrders = allocatedByOrders.add(l.allocated());
                    }
                }
            }
            assertThat(stock.allocated()).isEqualByComparingTo(allocatedByOrders);
        }
        // Demand (about 290 units of P1 asked for 100 on hand) exceeds supply: it must all have gone out.
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().available()).isEqualByComparingTo("0");
        assertThat(placed).extracting(OrderView::number).doesNotHaveDuplicates();
        assertThat(company.ctx.integrity().check()).isEmpty();
    }
}

package it.ordo.application.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.fulfilment.ShipRequest.Item;
import it.ordo.application.fulfilment.ShipRequest.ParcelRequest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Eight packers ship at the same moment: the DDT numbers they get are
 * consecutive, with no gap and no repeat, and a cancelled DDT keeps its
 * number. Two packers shipping the same goods: one ships, the other is
 * refused, and the stock is taken off once.
 */
@Tag("db")
class ConcurrentShippingTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "100");
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void eightPackersGetConsecutiveDdtNumbersWithNoGapAndNoRepeat() throws Exception {
        int orders = 16;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            // Every order takes both products, so the packers also queue on the same stock rows.
            OrderView o = company.order(i % 2 == 0 ? "C-A" : "C-B", "W-" + i, "P1", 2, "P3", 1);
            numbers.add(o.number());
        }
        company.ctx.fulfilment().startPicking(numbers);

        List<String> ddts = Collections.synchronizedList(new ArrayList<>());
        runTogether(8, numbers.stream().<Callable<Void>>map(n -> () -> {
            ddts.add(ship(n, "2").ddtNumber());
            return null;
        }).toList());

        assertThat(ddts).hasSize(orders).doesNotHaveDuplicates();
        assertThat(ddts.stream().sorted().toList()).containsExactlyElementsOf(IntStream.rangeClosed(1, orders)
                .mapToObj(i -> "DDT-2026-%06d".formatted(i)).toList());
        // A cancelled DDT keeps its number: the next one follows it.
        company.ctx.fulfilment().cancelDdt("DDT-2026-000016", "printed for the wrong van");
        OrderView more = company.order("C-C", "W-X", "P1", 1);
        company.ctx.fulfilment().startPicking(List.of(more.number()));
        assertThat(ship(more.number(), "1").ddtNumber()).isEqualTo("DDT-2026-000017");
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().onHand()).isEqualByComparingTo("67");
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void twoPackersCannotShipTheSameGoodsTwice() throws Exception {
        OrderView o = company.order("C-A", "W-1", "P1", 10);
        company.ctx.fulfilment().startPicking(List.of(o.number()));

        List<Object> outcomes = runTogether(2, List.<Callable<?>>of(() -> ship(o.number(), "10"), () -> ship(o.number(), "10")));

        assertThat(outcomes).filteredOn(ShipmentView.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(DomainException.class::isInstance).hasSize(1);
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().onHand()).isEqualByComparingTo("90");
        assertThat(company.ctx.fulfilment().shipmentsOf(o.number())).hasSize(1);
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    private ShipmentView ship(String order, String p1) {
        List<Item> items = new ArrayList<>(List.of(new Item("P1", new BigDecimal(p1))));
        if (!company.ctx.fulfilment().packTask(order).lines().stream().allMatch(l -> l.sku().equals("P1"))) {
            items.add(new Item("P3", BigDecimal.ONE));
        }
        return company.ctx.fulfilment().ship(new ShipRequest(order, null, null, null, null, null, null,
                List.of(new ParcelRequest(null, null, null, null, null, items))));
    }

    /** Runs the tasks on {@code threads} threads released at once; each outcome is a result or the exception. */
    private static List<Object> runTogether(int threads, List<? extends Callable<?>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<?> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (DomainException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}

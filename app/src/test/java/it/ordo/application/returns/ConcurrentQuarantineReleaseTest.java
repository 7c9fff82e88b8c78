package it.ordo.application.returns;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.order.OrderView;
import it.ordo.domain.returns.QuarantineDecision;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two warehouse workers release the same goods from quarantine at the same moment: only one gets them. */
@Tag("db")
class ConcurrentQuarantineReleaseTest {

    @Test
    void twoReleasesOfTheSameQuarantinedGoodsCannotBothSucceed() throws Exception {
        try (TestCompany company = TestCompany.standard()) {
            company.receive("P1", "MIL", "50");
            OrderView order = company.order("C-B", "CQ-1", "P1", 10);
            company.ctx.orders().startPicking(order.number());
            company.ctx.orders().pack(order.number());
            company.ctx.fulfilment().shipAllocated(order.number());
            String rma = company.ctx.returns().open(new NewReturn(order.number(), null, "Da verificare",
                    ReturnWish.REFUND, List.of(new NewReturn.LineQty(1, new BigDecimal("6"))))).rmaNumber();
            company.ctx.returns().receive(rma, List.of(new LineOutcome(1, ReturnOutcome.QUARANTINE)));
            BigDecimal before = company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().onHand();

            OrdoContext second = company.ctx.as(() -> "other");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (OrdoContext ctx : List.of(company.ctx, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        ctx.returns().settleQuarantine("P1", "MIL", new BigDecimal("6"), QuarantineDecision.RELEASE,
                                null);
                        return "released";
                    } catch (RuntimeException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();

            assertThat(outcomes).containsOnlyOnce("released");
            assertThat(outcomes).anyMatch(o -> o.contains("stock.quarantine.notEnough"));
            assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().onHand())
                    .isEqualByComparingTo(before.add(new BigDecimal("6")));
            assertThat(company.ctx.returns().quarantine()).isEmpty();
            assertThat(company.ctx.integrity().check()).isEmpty();
        }
    }
}

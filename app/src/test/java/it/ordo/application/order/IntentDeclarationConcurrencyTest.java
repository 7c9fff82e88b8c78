package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.customer.VatService;
import it.ordo.domain.order.VatTreatment;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two operators confirm orders of a habitual exporter at the same moment, each worth 60 % of what its
 * declaration of intent has left: the row lock lets one through without VAT and taxes the other, never both
 * exempt over the ceiling.
 */
@Tag("db")
class IntentDeclarationConcurrencyTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "1000");
        company.ctx.vat().registerDeclaration(new VatService.DeclarationRequest("C-B", "26030412345678901-000002",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), new BigDecimal("1000.00")));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void twoConcurrentOrdersNeverExceedTheCeiling() throws Exception {
        for (int round = 0; round < 3; round++) {
            BigDecimal before = company.ctx.vat().declarations("C-B").getFirst().remaining();
            int qty = before.multiply(new BigDecimal("0.06")).intValue(); // 10.00 € each: 60 % of what is left
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<OrderView>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                String ref = "R" + round + "-" + t;
                futures.add(pool.submit(() -> {
                    start.await();
                    return company.order("C-B", ref, "P1", qty);
                }));
            }
            start.countDown();
            List<OrderView> placed = new ArrayList<>();
            for (Future<OrderView> f : futures) {
                placed.add(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(placed).extracting(OrderView::vatTreatment)
                    .containsExactlyInAnyOrder(VatTreatment.INTENT_DECLARATION, VatTreatment.DOMESTIC);
            VatService.DeclarationView after = company.ctx.vat().declarations("C-B").getFirst();
            BigDecimal exempt = placed.stream().filter(o -> o.vatTreatment() == VatTreatment.INTENT_DECLARATION)
                    .map(OrderView::netTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(after.used()).isLessThanOrEqualTo(after.ceiling());
            assertThat(before.subtract(after.remaining())).isEqualByComparingTo(exempt);
        }
    }
}

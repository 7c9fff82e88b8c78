package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderPage;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderView;
import it.ordo.domain.order.OrderFollowUp;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.testing.TestCompany;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each open-order and sales tile of the dashboard beside the order list it opens, on orders worked out by hand
 * (today Friday 27 November 2026, 09:00; 100 × P1 in MIL, no P3):
 * <pre>
 * 20 Nov  L1 C-A 5 × P1   allocated, promised before today, never shipped        late
 * 20 Nov  L2 C-B 5 × P1   shipped                                               not late (shipped)
 * 20 Nov  L3 C-C 5 × P1   cancelled                                             not late, not sold
 * 27 Nov  W1 C-A 2 × P3   backordered, no supply in sight (no promised date)    waiting for stock
 * 27 Nov  T1 C-B 2 × P1   allocated                                             sold today
 * </pre>
 * Late: L1. Waiting for stock: W1. Sold today: W1, T1; this week (from Monday 23rd): the same two; this month:
 * L1, L2, W1, T1 (L3 was cancelled). Each list holds exactly the orders its tile counts.
 */
class DashboardListsTest {

    private static final LocalDate TODAY = TestCompany.TODAY;
    private static TestCompany company;
    private static String l1;
    private static String l2;
    private static String w1;
    private static String t1;

    @BeforeAll
    static void ordersOfTheMonth() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        at(LocalDate.of(2026, 11, 20), 10);
        l1 = company.order("C-A", "L1", "P1", "5").number();
        at(LocalDate.of(2026, 11, 20), 11);
        OrderView shipped = company.order("C-B", "L2", "P1", "5");
        l2 = shipped.number();
        company.ctx.orders().startPicking(l2);
        company.ctx.orders().pack(l2);
        company.ctx.fulfilment().shipAllocated(l2);
        at(LocalDate.of(2026, 11, 20), 12);
        String l3 = company.order("C-C", "L3", "P1", "5").number();
        company.ctx.orders().cancel(l3, "Il cliente ha cambiato idea");
        at(TODAY, 8);
        w1 = company.order("C-A", "W1", "P3", "2").number();
        t1 = company.order("C-B", "T1", "P1", "2").number();
        at(TODAY, 9);
    }

    private static void at(LocalDate day, int hour) {
        company.clock.set(day.atTime(hour, 0).atZone(TestCompany.ROME).toInstant());
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static List<String> list(OrderFollowUp followUp, LocalDate from, LocalDate to) {
        OrderPage page = company.ctx.orders().search(new OrderQuery(null, null, null, null, from, to, null,
                OrderSort.NUMBER, false, 0, 50, null, followUp));
        assertThat(page.total()).isEqualTo(page.rows().size());
        return page.rows().stream().map(OrderListing::number).toList();
    }

    @Test
    void theLateAndWaitingTilesCountTheOrdersTheirListsShow() {
        Dashboard d = company.ctx.kpis().dashboard();

        assertThat(list(OrderFollowUp.LATE, null, null)).containsExactly(l1);
        assertThat(d.lateOrders()).isEqualTo(1);

        assertThat(list(OrderFollowUp.WAITING_FOR_STOCK, null, null)).containsExactly(w1);
        assertThat(d.ordersWithBackorders()).isEqualTo(1);
    }

    @Test
    void theSalesTilesCountTheOrdersSoldInTheirPeriod() {
        Dashboard d = company.ctx.kpis().dashboard();

        assertThat(list(OrderFollowUp.SOLD, d.day().period().from(), d.day().period().to()))
                .containsExactlyInAnyOrder(w1, t1);
        assertThat(d.day().totals().orders()).isEqualTo(2);
        assertThat(list(OrderFollowUp.SOLD, d.week().period().from(), d.week().period().to()))
                .containsExactlyInAnyOrder(w1, t1);
        assertThat(d.week().totals().orders()).isEqualTo(2);
        assertThat(list(OrderFollowUp.SOLD, d.month().period().from(), d.month().period().to()))
                .containsExactlyInAnyOrder(l1, l2, w1, t1);
        assertThat(d.month().totals().orders()).isEqualTo(4);
    }

    @Test
    void theOtherFiltersNarrowTheListFurther() {
        OrderPage ofAlfa = company.ctx.orders().search(new OrderQuery(null, null, null, "C-A", null, null, null,
                OrderSort.NUMBER, false, 0, 50, null, OrderFollowUp.SOLD));
        assertThat(ofAlfa.rows()).extracting(OrderListing::number).containsExactlyInAnyOrder(l1, w1);
    }

}

package it.ordo.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order list as an operator uses it, without a window: four orders of
 * three customers taken on different days, one of them on hold.
 */
class OrderListViewModelTest {

    private static TestCompany company;
    private static String alfaOld;
    private static String beta;
    private static String gamma;
    private static String alfaHeld;

    @BeforeAll
    static void fourOrders() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "1000");
        company.receive("P3", "MIL", "100");
        alfaOld = placeOn(20, "C-A", "REF-A1", "P1", 5);
        beta = placeOn(22, "C-B", "REF-B1", "P3", 10);
        gamma = placeOn(25, "C-C", "REF-C1", "P1", 1);
        alfaHeld = placeOn(27, "C-A", "WEB-77", "P1", 2);
        company.ctx.orders().hold(alfaHeld, "cliente da richiamare");
    }

    private static String placeOn(int day, String customer, String ref, String sku, int qty) {
        company.clock.set(LocalDate.of(2026, 11, day).atTime(10, 0).atZone(TestCompany.ROME).toInstant());
        OrderView v = company.order(customer, ref, sku, qty);
        return v.number();
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static OrderListViewModel model() {
        OrderListViewModel m = new OrderListViewModel(company.ctx.orders(), new Texts(Locale.ENGLISH),
                new SameThreadExecutor());
        m.search();
        return m;
    }

    private static List<String> numbers(OrderListViewModel m) {
        return m.rows().stream().map(OrderListing::number).toList();
    }

    @Test
    void allOrdersNewestFirstWithTheirCount() {
        OrderListViewModel m = model();

        assertThat(numbers(m)).containsExactly(alfaHeld, gamma, beta, alfaOld);
        assertThat(m.pageTextProperty().get()).isEqualTo("1–4 of 4");
        assertThat(m.canNextProperty().get()).isFalse();
        assertThat(m.messageProperty().get()).isEmpty();
    }

    @Test
    void theStatusFilterShowsOnlyHeldOrders() {
        OrderListViewModel m = model();
        m.statusProperty().set(OrderStatus.ON_HOLD);
        m.search();

        assertThat(numbers(m)).containsExactly(alfaHeld);
        assertThat(m.rows().getFirst().status()).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void theCustomerFilterTakesPartOfTheNameOrTheCode() {
        OrderListViewModel m = model();
        m.customerProperty().set("beta");
        m.search();
        assertThat(numbers(m)).containsExactly(beta);

        m.customerProperty().set("C-A");
        m.search();
        assertThat(numbers(m)).containsExactly(alfaHeld, alfaOld);
    }

    @Test
    void theDateRangeIncludesBothDays() {
        OrderListViewModel m = model();
        m.fromProperty().set(LocalDate.of(2026, 11, 21));
        m.toProperty().set(LocalDate.of(2026, 11, 25));
        m.search();

        assertThat(numbers(m)).containsExactly(gamma, beta);
    }

    @Test
    void theFreeTextFindsAnOrderByPartOfItsNumberOrReference() {
        OrderListViewModel m = model();
        m.textProperty().set(beta.toLowerCase(Locale.ROOT));
        m.search();
        assertThat(numbers(m)).containsExactly(beta);

        m.textProperty().set("web-7");
        m.search();
        assertThat(numbers(m)).containsExactly(alfaHeld);
    }

    @Test
    void sortingByTotalDescendingPutsTheBiggestOrderFirst() {
        OrderListViewModel m = model();
        m.sortBy(OrderSort.TOTAL, true);

        assertThat(numbers(m).getFirst()).isEqualTo(beta);
        assertThat(m.rows()).isSortedAccordingTo((a, b) -> b.grossTotal().compareTo(a.grossTotal()));
        m.sortBy(OrderSort.TOTAL, false);
        assertThat(numbers(m).getLast()).isEqualTo(beta);
    }

    @Test
    void theSecondPageHasTheRestAndTheRightTotal() {
        OrderListViewModel m = new OrderListViewModel(company.ctx.orders(), new Texts(Locale.ENGLISH),
                new SameThreadExecutor(), 3);
        m.search();
        assertThat(numbers(m)).containsExactly(alfaHeld, gamma, beta);
        assertThat(m.canNextProperty().get()).isTrue();
        assertThat(m.canPreviousProperty().get()).isFalse();

        m.nextPage();

        assertThat(numbers(m)).containsExactly(alfaOld);
        assertThat(m.totalProperty().get()).isEqualTo(4);
        assertThat(m.pageTextProperty().get()).isEqualTo("4–4 of 4");
        assertThat(m.canNextProperty().get()).isFalse();
        m.previousPage();
        assertThat(numbers(m)).containsExactly(alfaHeld, gamma, beta);
    }

    @Test
    void aSearchThatMatchesNothingSaysSo() {
        OrderListViewModel m = model();
        m.textProperty().set("nessun ordine così");
        m.search();

        assertThat(m.rows()).isEmpty();
        assertThat(m.totalProperty().get()).isZero();
        assertThat(m.pageTextProperty().get()).isEmpty();
        assertThat(m.messageProperty().get()).isEqualTo("No order matches these filters.");

        m.clearFilters();
        assertThat(m.rows()).hasSize(4);
        assertThat(m.messageProperty().get()).isEmpty();
    }

    @Test
    void sqlInAFilterIsJustTextThatMatchesNothingAndChangesNothing() {
        long before = company.ctx.orders().search(it.ordo.application.order.OrderQuery.newest(10)).total();
        OrderListViewModel m = model();
        for (String payload : List.of("' OR 1=1 --", "%", "_", "x'; DELETE FROM sales_order; --")) {
            m.textProperty().set(payload);
            m.search();
            assertThat(m.rows()).as(payload).isEmpty();
            m.textProperty().set("");
            m.customerProperty().set(payload);
            m.search();
            assertThat(m.rows()).as(payload).isEmpty();
            m.customerProperty().set("");
        }
        assertThat(company.ctx.orders().search(it.ordo.application.order.OrderQuery.newest(10)).total())
                .isEqualTo(before).isEqualTo(4);
    }

    @Test
    void anAnswerToAnOlderRequestIsIgnored() {
        // The executor keeps the work until told to run it, as a slow database would.
        java.util.List<Runnable> pending = new java.util.ArrayList<>();
        it.ordo.ui.TaskExecutor later = new it.ordo.ui.TaskExecutor() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                                java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> new SameThreadExecutor().run(work, ok, failed));
            }
        };
        OrderListViewModel m = new OrderListViewModel(company.ctx.orders(), new Texts(Locale.ENGLISH), later);
        m.textProperty().set(gamma);
        m.search();
        m.textProperty().set(beta);
        m.search();
        assertThat(m.busyProperty().get()).isTrue();

        pending.get(1).run(); // the newer answer arrives first
        pending.get(0).run();

        assertThat(numbers(m)).containsExactly(beta);
        assertThat(m.busyProperty().get()).isFalse();
    }
}

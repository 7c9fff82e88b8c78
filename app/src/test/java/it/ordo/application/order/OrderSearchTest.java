package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The order list's query, run by the database on every kind of database
 * Ordo supports: filters, every sort column, pages and counts.
 */
@Tag("db")
class OrderSearchTest {

    private static TestCompany company;
    private static OrderService orders;
    private static String urgentWeb;
    private static String lowPhone;
    private static String normalAgent;
    private static String cancelled;

    @BeforeAll
    static void orders() {
        company = TestCompany.standard();
        orders = company.ctx.orders();
        company.receive("P1", "MIL", "1000");
        company.clock.set(LocalDate.of(2026, 11, 2).atTime(8, 0).atZone(TestCompany.ROME).toInstant());
        urgentWeb = place(Channel.WEB, "C-A", "100%_SCONTO", Priority.URGENT, LocalDate.of(2026, 12, 1), "P1", "3");
        company.clock.set(LocalDate.of(2026, 11, 3).atTime(23, 30).atZone(TestCompany.ROME).toInstant());
        lowPhone = place(Channel.PHONE, "C-B", "TEL-1", Priority.LOW, null, "P1", "30");
        company.clock.set(LocalDate.of(2026, 11, 4).atTime(0, 15).atZone(TestCompany.ROME).toInstant());
        normalAgent = place(Channel.AGENT, "C-C", null, Priority.NORMAL, LocalDate.of(2026, 11, 20), "P1", "10");
        cancelled = place(Channel.EMAIL, "C-B", "MAIL-9", Priority.HIGH, LocalDate.of(2026, 11, 10), "P1", "1");
        orders.cancel(cancelled, "errore");
    }

    private static String place(Channel channel, String customer, String ref, Priority priority, LocalDate requested,
                                String sku, String qty) {
        return orders.place(new OrderRequest(ref, channel, customer, null, requested, priority, null,
                List.of(new OrderRequest.LineRequest(sku, null, new BigDecimal(qty))))).number();
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static OrderQuery query(OrderStatus status, Channel channel, Priority priority, String customer,
                                    LocalDate from, LocalDate to, String text) {
        return new OrderQuery(status, channel, priority, customer, from, to, text, OrderSort.NUMBER, false, 0, 50);
    }

    private static List<String> numbers(OrderPage page) {
        return page.rows().stream().map(OrderListing::number).toList();
    }

    private static List<String> sorted(OrderSort sort, boolean descending) {
        return numbers(orders.search(new OrderQuery(null, null, null, null, null, null, null, sort, descending, 0, 50)));
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(numbers(orders.search(query(OrderStatus.CANCELLED, null, null, null, null, null, null))))
                .containsExactly(cancelled);
        assertThat(numbers(orders.search(query(null, Channel.WEB, null, null, null, null, null))))
                .containsExactly(urgentWeb);
        assertThat(numbers(orders.search(query(null, null, Priority.LOW, null, null, null, null))))
                .containsExactly(lowPhone);
        assertThat(numbers(orders.search(query(null, null, null, "c-b", null, null, null))))
                .containsExactly(lowPhone, cancelled);
        assertThat(numbers(orders.search(query(OrderStatus.CONFIRMED, null, null, "BETA", null, null, null))))
                .containsExactly(lowPhone);
        assertThat(numbers(orders.search(query(null, null, null, null, null, null, "tel-"))))
                .containsExactly(lowPhone);
        assertThat(numbers(orders.search(query(null, null, null, null, null, null, "gamma"))))
                .containsExactly(normalAgent);
    }

    @Test
    void daysAreTheCompanysDaysBothIncluded() {
        // Taken at 23:30 and 00:15 Rome time: on the 3rd and the 4th, although both are the 3rd in UTC.
        assertThat(numbers(orders.search(query(null, null, null, null, LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 3), null)))).containsExactly(lowPhone);
        assertThat(numbers(orders.search(query(null, null, null, null, LocalDate.of(2026, 11, 4), null, null))))
                .containsExactly(normalAgent, cancelled);
        assertThat(numbers(orders.search(query(null, null, null, null, null, LocalDate.of(2026, 11, 2), null))))
                .containsExactly(urgentWeb);
    }

    @Test
    void wildcardsTypedByTheUserAreMatchedAsCharacters() {
        assertThat(numbers(orders.search(query(null, null, null, null, null, null, "100%_"))))
                .containsExactly(urgentWeb);
        assertThat(numbers(orders.search(query(null, null, null, null, null, null, "1%")))).isEmpty();
        assertThat(numbers(orders.search(query(null, null, null, null, null, null, "_")))).containsExactly(urgentWeb);
        assertThat(numbers(orders.search(query(null, null, null, "' OR 1=1 --", null, null, null)))).isEmpty();
        assertThat(numbers(orders.search(query(null, null, null, null, null, null, "' OR '1'='1")))).isEmpty();
    }

    @Test
    void everyColumnSortsInTheDatabase() {
        assertThat(sorted(OrderSort.NUMBER, false)).containsExactly(urgentWeb, lowPhone, normalAgent, cancelled);
        assertThat(sorted(OrderSort.ORDER_DATE, true)).containsExactly(cancelled, normalAgent, lowPhone, urgentWeb);
        assertThat(sorted(OrderSort.TOTAL, true)).containsExactly(lowPhone, normalAgent, urgentWeb, cancelled);
        assertThat(sorted(OrderSort.PRIORITY, true)).containsExactly(urgentWeb, cancelled, normalAgent, lowPhone);
        assertThat(sorted(OrderSort.CUSTOMER, false)).containsExactly(urgentWeb, lowPhone, cancelled, normalAgent);
        assertThat(sorted(OrderSort.STATUS, false)).containsExactly(cancelled, urgentWeb, lowPhone, normalAgent);
        assertThat(sorted(OrderSort.CHANNEL, false)).containsExactly(normalAgent, cancelled, lowPhone, urgentWeb);
        // No requested date sorts last going up, as on both databases nulls are the highest values.
        assertThat(sorted(OrderSort.REQUESTED_DATE, false)).containsExactly(cancelled, normalAgent, urgentWeb, lowPhone);
        assertThat(sorted(OrderSort.EXTERNAL_REF, false).subList(0, 3)).containsExactly(urgentWeb, cancelled, lowPhone);
        assertThat(sorted(OrderSort.PROMISED_DATE, false)).hasSize(4);
    }

    @Test
    void pagesComeWithTheTotal() {
        OrderPage second = orders.search(new OrderQuery(null, null, null, null, null, null, null, OrderSort.NUMBER,
                false, 2, 2));
        assertThat(numbers(second)).containsExactly(normalAgent, cancelled);
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();

        OrderPage pastTheEnd = orders.search(new OrderQuery(null, null, null, null, null, null, null, OrderSort.NUMBER,
                false, 40, 2));
        assertThat(numbers(pastTheEnd)).as("the last page instead of nothing").containsExactly(normalAgent, cancelled);
        assertThat(pastTheEnd.offset()).isEqualTo(2);

        OrderPage none = orders.search(query(null, Channel.APP, null, null, null, null, null));
        assertThat(none.rows()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void listingOrdersNeedsViewOrders() {
        var nobody = company.ctx.as(new Session("ospite", Set.of(), false));
        assertThatThrownBy(() -> nobody.orders().search(OrderQuery.newest(10)))
                .isInstanceOf(AccessDeniedException.class);
        var warehouse = company.ctx.as(new Session("magazzino", Set.of(Role.WAREHOUSE), false));
        assertThat(warehouse.orders().search(OrderQuery.newest(10)).total()).isEqualTo(4);
    }
}

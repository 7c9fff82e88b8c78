package it.ordo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.catalog.ProductView;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.OrderPage;
import it.ordo.application.order.OrderQuery;
import it.ordo.domain.catalog.Ean13;
import it.ordo.domain.customer.CustomerKind;
import it.ordo.domain.customer.PartitaIva;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderStatus;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.testing.SharedDemo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo company as a user would find it after "create the demo company": the one generated for the test run. */
class DemoCompanyTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** The small companies of the same-seed test: a fixed day, so two generations can be compared. */
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(9, 0).atZone(ROME).toInstant(), ROME);
    private static final DemoCompany.Scale SMALL = new DemoCompany.Scale(150, 25, 200, 45);
    private static final DemoCompany.Scale TINY = new DemoCompany.Scale(60, 25, 30, 10);

    @TempDir
    static Path dir;

    private static OrdoContext ctx;
    private static Clock clock;
    private static List<String> progress;
    private static long cpuMillis;

    @BeforeAll
    static void open() {
        // The demo company of this test run (the desktop tests start on a copy of the same one): as of the day
        // it was generated.
        SharedDemo.Generated demo = SharedDemo.get();
        SharedDemo.copyTo(dir.resolve("full"));
        clock = Clock.fixed(demo.at(), ROME);
        ctx = OrdoContext.open(DatabaseSettings.embedded(dir.resolve("full")), () -> "tester", clock);
        progress = demo.progress();
        cpuMillis = demo.cpuMillis();
        for (OrderStatus status : OrderStatus.values()) {
            System.out.println("demo: " + status + " " + ctx.orders().search(OrderQuery.latest(status, null, 1)).total());
        }
    }

    @AfterAll
    static void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    @Test
    void aboutThreeHundredCustomersWithValidPartitaIva() {
        // The Italian companies; the customers abroad, consumers and public administration are DemoVatCustomers'.
        List<CustomerView> customers = ctx.customers().list(null, 0, 10_000).stream()
                .filter(c -> c.kind() == CustomerKind.IT_BUSINESS && !c.code().equals(DemoVatCustomers.EXPORTER)).toList();
        assertThat(customers).hasSizeBetween(290, 310);
        assertThat(customers).allSatisfy(c -> assertThat(PartitaIva.isValid(c.vatNumber())).as(c.vatNumber()).isTrue());
        assertThat(customers.stream().map(CustomerView::vatNumber).distinct().count()).isEqualTo(customers.size());
        assertThat(customers.stream().map(CustomerView::name).distinct().count()).isEqualTo(customers.size());
        assertThat(customers).filteredOn(CustomerView::blocked).hasSize(3);
        assertThat(customers).filteredOn(c -> "INSTALLATORI".equals(c.customerGroup())).hasSizeBetween(15, 50);
        assertThat(customers).filteredOn(c -> c.priceList() != null && c.priceList().startsWith("NET-")).hasSize(15);
        assertThat(customers.stream().map(CustomerView::defaultWarehouse).distinct()).containsExactlyInAnyOrder("MIL", "BOL", "NAP");
    }

    @Test
    void aboutTwoThousandProductsWithValidUniqueEans() {
        List<ProductView> products = ctx.products().list(null, 0, 10_000);
        assertThat(products).hasSizeBetween(1900, 2100);
        assertThat(products).allSatisfy(p -> {
            assertThat(Ean13.isValid(p.ean())).as(p.sku() + " " + p.ean()).isTrue();
            assertThat(p.ean()).startsWith("80");
            assertThat(p.listPrice()).as(p.sku()).isPositive();
            assertThat(p.unitCost()).as(p.sku()).isLessThan(p.listPrice());
        });
        assertThat(products.stream().map(ProductView::ean).distinct().count()).isEqualTo(products.size());
        assertThat(products.getFirst().sku()).matches("[A-Z]{3}-\\d{5}");
    }

    @Test
    void threeWarehouses() {
        assertThat(ctx.setup().counts().warehouses()).isEqualTo(3);
    }

    @Test
    void aYearOfOrdersInEveryStatus() {
        long orders = ctx.setup().counts().orders();
        assertThat(orders).isBetween(4500L, 5500L);
        for (OrderStatus status : OrderStatus.values()) {
            List<OrderListing> some = ctx.orders().search(OrderQuery.latest(status, null, 1)).rows();
            if (status == OrderStatus.DRAFT) {
                assertThat(some).as(status.name()).isEmpty();
            } else {
                assertThat(some).as(status.name()).isNotEmpty();
            }
        }
        List<OrderListing> all = allOrders(ctx);
        LocalDate today = LocalDate.now(clock);
        assertThat(all).allSatisfy(o -> assertThat(o.createdAt()).isBeforeOrEqualTo(clock.instant()));
        assertThat(all.getLast().createdAt().atZone(ROME).toLocalDate()).isBetween(today.minusDays(366), today.minusDays(360));
    }

    @Test
    void stockIsIncomingFromOpenPurchaseOrders() {
        List<StockLevel> stock = ctx.inventory().stock(null, null, 0, 10_000);
        List<StockLevel> incoming = stock.stream().filter(s -> !s.incoming().isEmpty()).toList();
        assertThat(incoming).isNotEmpty();
        assertThat(incoming).allSatisfy(s -> assertThat(s.incoming()).allSatisfy(i ->
                assertThat(i.date()).as(s.sku() + " " + s.warehouse())
                        .isAfter(LocalDate.now(clock).minusDays(30)).isBefore(LocalDate.now(clock).plusDays(40))));
        System.out.println("demo: stock rows with incoming supply " + incoming.size() + ", of which after today "
                + incoming.stream().filter(s -> s.incoming().stream().anyMatch(i -> i.date().isAfter(LocalDate.now(clock)))).count());
        // Most articles can be sold from stock; a few are short.
        long empty = stock.stream().filter(s -> s.available().signum() <= 0).count();
        assertThat(empty).isLessThan(stock.size() / 4);
    }

    @Test
    void theYearsEMailsAreSetAsideAndOnlyTodaysWait() {
        var pending = ctx.mail().outbox(it.ordo.domain.notification.MailStatus.PENDING, 0, 10_000);
        var setAside = ctx.mail().outbox(it.ordo.domain.notification.MailStatus.SKIPPED, 0, 10_000);
        // A mail server set up on the demo company must not send a year of confirmations to its customers.
        assertThat(pending).allSatisfy(m -> assertThat(m.createdAt()).isAfter(clock.instant().minus(java.time.Duration.ofDays(1))));
        assertThat(setAside).as("a page of them").hasSizeGreaterThanOrEqualTo(200);
        assertThat(setAside.getFirst().lastError()).startsWith("set aside by");
    }

    @Test
    void theYearsShipmentsAreDeliveredAndMostOrdersKeepTheirPromise() {
        LocalDate today = LocalDate.now(clock);
        var report = ctx.salesReports().fulfilment(new it.ordo.application.reporting.SalesPeriod(today.minusDays(365),
                today.minusDays(7)), null);
        System.out.println("demo: fulfilment " + report.total() + " " + report.onTimeInFull());
        // Every shipment older than a week went with a carrier whose tracking file told its delivery.
        assertThat(report.total().shipments()).isGreaterThan(3000);
        assertThat(report.total().delivered()).isGreaterThan(report.total().shipments() * 9 / 10);
        // A delivery takes one to four working days (a failed attempt one more), never the same day.
        assertThat(report.total().medianHoursToDeliver()).isBetween(java.math.BigDecimal.valueOf(12),
                java.math.BigDecimal.valueOf(120));
        assertThat(report.onTimeInFull().rate()).isBetween(new java.math.BigDecimal("0.50"), java.math.BigDecimal.ONE);
    }

    @Test
    void customerServiceFindsReturnsInEveryState() {
        List<it.ordo.application.returns.ReturnView> returns = ctx.returns().list(null, 0, 500);
        assertThat(returns).extracting(it.ordo.application.returns.ReturnView::status)
                .containsAll(List.of(it.ordo.domain.returns.ReturnStatus.values()));
        assertThat(returns).filteredOn(r -> r.status() == it.ordo.domain.returns.ReturnStatus.REFUSED)
                .allSatisfy(r -> assertThat(r.refusalReason()).isNotBlank());
        assertThat(returns).filteredOn(r -> r.status() == it.ordo.domain.returns.ReturnStatus.RECEIVED)
                .allSatisfy(r -> assertThat(r.lines()).anyMatch(l -> l.outcome() == null));
    }

    @Test
    void integrityCheckIsClean() {
        assertThat(ctx.integrity().check()).isEmpty();
    }

    @Test
    void reportsProgressAndFinishesInReasonableTime() {
        assertThat(progress).anyMatch(l -> l.startsWith("products ")).anyMatch(l -> l.startsWith("orders "))
                .anyMatch(l -> l.startsWith("customers ")).anyMatch(l -> l.startsWith("done"));
        // About a minute and a half on a quiet two-core machine. Measured in CPU time of the generating thread,
        // so that other work on the machine does not make the test fail; the bound catches a runaway slowdown.
        assertThat(cpuMillis).isLessThan(180_000);
    }

    @Test
    void theSameSeedGivesTheSameCompany() {
        record Snapshot(List<String> customers, List<String> products, List<String> orders) {
        }
        BiFunction<Long, DemoCompany.Scale, Snapshot> generate = (seed, scale) -> {
            try (OrdoContext small = OrdoContext.open(DatabaseSettings.embedded(dir.resolve("small-" + seed + "-" + System.nanoTime())),
                    () -> "tester", CLOCK)) {
                long start = System.nanoTime();
                small.generateDemo((services, s, progress) -> DemoCompany.generate(services, s, progress, scale), seed,
                        null);
                System.out.println("demo: small company (seed " + seed + ") in " + (System.nanoTime() - start) / 1_000_000 + " ms");
                // The generated customers: the fixed set of DemoVatCustomers is the same whatever the seed.
                List<String> customers = small.customers().list(null, 0, 100).stream()
                        .filter(c -> c.code().startsWith("C"))
                        .map(c -> c.code() + " " + c.name() + " " + c.vatNumber() + " " + c.tier() + " " + c.creditLimit())
                        .toList();
                List<String> products = small.products().list(null, 0, 1000).stream()
                        .map(p -> p.sku() + " " + p.ean() + " " + p.description() + " " + p.listPrice()).toList();
                List<String> orders = allOrders(small).stream()
                        .sorted(Comparator.comparing(OrderListing::number))
                        .map(o -> o.number() + " " + o.createdAt() + " " + o.customerCode() + " " + o.grossTotal()
                                + " " + o.status() + " " + o.promisedDate())
                        .toList();
                assertThat(small.integrity().check()).isEmpty();
                return new Snapshot(customers, products, orders);
            }
        };
        Snapshot first = generate.apply(7L, SMALL);
        Snapshot second = generate.apply(7L, SMALL);
        assertThat(first.orders()).hasSizeGreaterThan(150);
        // The first twenty orders, then the whole history down to the last status change.
        assertThat(second.orders().subList(0, 20)).isEqualTo(first.orders().subList(0, 20));
        assertThat(second).isEqualTo(first);
        Snapshot other = generate.apply(8L, TINY);
        Set<String> overlap = new HashSet<>(other.customers());
        overlap.retainAll(first.customers());
        assertThat(overlap).isEmpty();
    }

    /** Every order, newest first, a page at a time through the one order search. */
    private static List<OrderListing> allOrders(OrdoContext context) {
        List<OrderListing> all = new ArrayList<>();
        OrderPage page;
        do {
            page = context.orders().search(new OrderQuery(null, null, null, null, null, null, null,
                    it.ordo.domain.order.OrderSort.ORDER_DATE, true, all.size(), 500));
            all.addAll(page.rows());
        } while (page.hasNext());
        return all;
    }
}

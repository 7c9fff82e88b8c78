package it.ordo.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.catalog.ProductView;
import it.ordo.application.customer.CustomerView;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.cli.Cli;
import it.ordo.cli.FirstAdministrator;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.testing.TestCompany;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL injection attempts through every text filter, order field and import
 * field change nothing: the tables keep their rows, searches return no rows
 * the text does not literally match, and a payload that is a legitimate value
 * (a description, a name) is stored verbatim.
 */
@Tag("db")
class SqlInjectionTest {

    private static final List<String> PAYLOADS = List.of(
            "x'); DELETE FROM stock; --",
            "' OR '1'='1",
            "%' OR 1=1 --",
            "'; DROP TABLE sales_order; --",
            "\" OR \"\"=\"",
            "1; UPDATE stock SET on_hand = 0; --");

    private static TestCompany company;
    private static int seq;

    @BeforeAll
    static void company() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P2", "MIL", "50");
        company.receive("P3", "BOL", "10");
        company.order("C-A", "SQLI-BASE-1", "P1", 2);
        company.order("C-B", "SQLI-BASE-2", "P2", 1);
    }

    @AfterAll
    static void close() {
        if (company != null) {
            company.close();
        }
    }

    record Counts(long stock, long orders, long products, long customers, BigDecimal onHand) {
    }

    private static Counts counts() throws Exception {
        DatabaseSettings s = company.settings();
        String p = s.isDerby() ? DatabaseSettings.DERBY_SCHEMA + "." : "";
        try (Connection c = s.user() == null ? DriverManager.getConnection(s.url())
                : DriverManager.getConnection(s.url(), s.user(), s.password());
             Statement st = c.createStatement()) {
            return new Counts(count(st, "SELECT COUNT(*) FROM " + p + "stock"),
                    count(st, "SELECT COUNT(*) FROM " + p + "sales_order"),
                    count(st, "SELECT COUNT(*) FROM " + p + "product"),
                    count(st, "SELECT COUNT(*) FROM " + p + "customer"),
                    sum(st, "SELECT COALESCE(SUM(on_hand), 0) FROM " + p + "stock"));
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static BigDecimal sum(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1).stripTrailingZeros();
        }
    }

    /** Runs the attempt; a domain refusal (not found, invalid) is a fine answer, any other failure is not. */
    private static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (DomainException refused) {
            return null;
        }
    }

    /** A search may find rows whose text literally holds the payload (imported on purpose), never others. */
    private static void literalOnly(List<?> found, String payload) {
        if (found == null) {
            return;
        }
        for (Object row : found) {
            assertThat(row.toString().toLowerCase(java.util.Locale.ROOT)).as(payload)
                    .contains(payload.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void unchanged(Counts before, String what) throws Exception {
        assertThat(counts()).as(what).isEqualTo(before);
    }

    @Test
    void textFiltersAndLookupsFindNothingAndChangeNothing() throws Exception {
        for (String payload : PAYLOADS) {
            Counts before = counts();
            List<ProductView> products = attempt(() -> company.ctx.products().list(payload, 0, 100));
            literalOnly(products, payload);
            List<CustomerView> customers = attempt(() -> company.ctx.customers().list(payload, 0, 100));
            literalOnly(customers, payload);
            assertThat(attempt(() -> company.ctx.products().show(payload))).as(payload).isNull();
            assertThat(attempt(() -> company.ctx.customers().show(payload))).as(payload).isNull();
            assertThat(attempt(() -> company.ctx.pricing().price(payload, "P1", BigDecimal.ONE, TestCompany.TODAY)))
                    .as(payload).isNull();
            assertThat(attempt(() -> company.ctx.pricing().price("C-A", payload, BigDecimal.ONE, TestCompany.TODAY)))
                    .as(payload).isNull();
            assertThat(attempt(() -> company.ctx.inventory().stock(payload, null, 0, 100))).as(payload).isNullOrEmpty();
            assertThat(attempt(() -> company.ctx.inventory().stock(null, payload, 0, 100))).as(payload).isNullOrEmpty();
            assertThat(attempt(() -> company.ctx.inventory().availability(payload, BigDecimal.ONE, null)))
                    .as(payload).isNullOrEmpty();
            assertThat(attempt(() -> company.ctx.inventory().availability("P1", BigDecimal.ONE, payload)))
                    .as(payload).isNullOrEmpty();
            // A status is typed at the edge: text that names none is refused there.
            assertThat(attempt(() -> OrderStatus.parse(payload))).as(payload).isNull();
            assertThat(attempt(() -> company.ctx.orders().search(OrderQuery.latest(null, payload, 100)).rows()))
                    .as(payload).isNullOrEmpty();
            assertThat(attempt(() -> company.ctx.orders().show(payload))).as(payload).isNull();
            unchanged(before, payload);
        }
        // The legitimate filters still work: nothing was dropped or emptied.
        assertThat(company.ctx.products().list("Vite", 0, 100)).extracting(ProductView::sku).containsExactly("P1");
        assertThat(company.ctx.orders().search(OrderQuery.latest(null, "C-B", 100)).rows()).hasSize(1);
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 10).getFirst().onHand())
                .isEqualByComparingTo("100");
    }

    @Test
    void orderFieldsAreDataNotSql() throws Exception {
        for (String payload : PAYLOADS) {
            // Reference and notes are free text: the order is placed and keeps them verbatim.
            Counts before = counts();
            String ref = payload + " #" + (++seq);
            OrderView placed = attempt(() -> company.ctx.orders().place(new OrderRequest(ref, Channel.PHONE, "C-A", null, null,
                    null, payload, List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.ONE)))));
            Counts after = counts();
            if (placed != null) {
                assertThat(after.orders()).as(payload).isEqualTo(before.orders() + 1);
                assertThat(new Counts(before.stock(), after.orders(), before.products(), before.customers(),
                        before.onHand())).as(payload).isEqualTo(after);
                OrderView shown = company.ctx.orders().show(placed.number());
                assertThat(shown.toString()).as(payload).contains(payload);
            } else {
                assertThat(after).as(payload).isEqualTo(before);
            }

            // Every other field names something: the payload names nothing, so the order is refused.
            List<OrderRequest> refused = List.of(
                    new OrderRequest("SQLI-C-" + (++seq), Channel.PHONE, payload, null, null, null, null, line("P1", null)),
                    new OrderRequest("SQLI-W-" + (++seq), Channel.PHONE, "C-A", payload, null, null, null, line("P1", null)),
                    new OrderRequest("SQLI-S-" + (++seq), Channel.PHONE, "C-A", null, null, null, null, line(payload, null)),
                    new OrderRequest("SQLI-E-" + (++seq), Channel.PHONE, "C-A", null, null, null, null, line(null, payload)));
            // Channel and priority are typed where the text arrives: a payload names neither.
            assertThat(attempt(() -> Channel.parse(payload))).as(payload).isNull();
            assertThat(attempt(() -> Priority.parse(payload))).as(payload).isNull();
            for (OrderRequest r : refused) {
                Counts b = counts();
                assertThat(attempt(() -> company.ctx.orders().place(r))).as(payload + " in " + r).isNull();
                unchanged(b, payload + " in " + r);
            }
        }
    }

    private static List<OrderRequest.LineRequest> line(String sku, String ean) {
        return List.of(new OrderRequest.LineRequest(sku, ean, BigDecimal.ONE));
    }

    @Test
    void productImportFieldsAreStoredVerbatimOrRefused() throws Exception {
        for (String payload : PAYLOADS) {
            for (String field : List.of("sku", "description", "category", "ean")) {
                String sku = "INJ" + (++seq);
                Map<String, String> fields = new LinkedHashMap<>(Map.of("sku", sku, "ean", "", "description",
                        "Articolo iniettato", "category", "Prova", "unit", "PCS", "vatRate", "22", "unitCost", "1.00",
                        "listPrice", "2.00", "weightKg", "0.1"));
                fields.put(field, payload);
                Counts before = counts();
                ImportReport report = company.ctx.products().importRows(List.of(new ImportRow(2, fields)));
                Counts after = counts();
                String as = payload + " as product " + field;
                assertThat(report.updated()).as(as).isZero();
                assertThat(after.products()).as(as).isEqualTo(before.products() + report.inserted());
                // A new product gets an empty stock row in each of the company's two warehouses (MIL, BOL).
                assertThat(new Counts(before.stock() + 2L * report.inserted(), before.orders(), after.products(),
                        before.customers(), before.onHand())).as(as).isEqualTo(after);
                if (report.inserted() == 1) {
                    ProductView p = company.ctx.products().show(fields.get("sku"));
                    assertThat(switch (field) {
                        case "sku" -> p.sku();
                        case "description" -> p.description();
                        case "category" -> p.category();
                        default -> p.ean();
                    }).as(as).isEqualTo(payload);
                    // A search for the payload finds this product and only rows that literally hold the payload.
                    if (field.equals("sku") || field.equals("description")) { // the fields the search reads
                        List<ProductView> found = company.ctx.products().list(payload, 0, 100);
                        assertThat(found).extracting(ProductView::sku).as(as).contains(fields.get("sku"));
                        literalOnly(found, payload);
                    }
                } else {
                    assertThat(report.errors()).as(as).isNotEmpty();
                }
            }
        }
    }

    @Test
    void customerImportFieldsAreStoredVerbatimOrRefused() throws Exception {
        for (String payload : PAYLOADS) {
            for (String field : List.of("code", "name", "email", "address", "city")) {
                String code = "C-INJ" + (++seq);
                Map<String, String> fields = new LinkedHashMap<>(
                        TestCompany.customer(code, "Iniezione S.r.l.", "01114601006", "B", "1000", "true").fields());
                fields.put(field, payload);
                Counts before = counts();
                ImportReport report = company.ctx.customers().importRows(List.of(new ImportRow(2, fields)));
                Counts after = counts();
                String as = payload + " as customer " + field;
                assertThat(report.updated()).as(as).isZero();
                assertThat(after.customers()).as(as).isEqualTo(before.customers() + report.inserted());
                assertThat(new Counts(before.stock(), before.orders(), before.products(), after.customers(),
                        before.onHand())).as(as).isEqualTo(after);
                if (report.inserted() == 1) {
                    CustomerView c = company.ctx.customers().show(fields.get("code"));
                    String stored = switch (field) {
                        case "code" -> c.code();
                        case "name" -> c.name();
                        case "email" -> c.email();
                        default -> c.toString();
                    };
                    assertThat(stored).as(as).contains(payload);
                    if (field.equals("code") || field.equals("name")) {
                        assertThat(stored).as(as).isEqualTo(payload);
                        List<CustomerView> found = company.ctx.customers().list(payload, 0, 100);
                        assertThat(found).extracting(CustomerView::code).as(as).contains(fields.get("code"));
                        literalOnly(found, payload);
                    }
                } else {
                    assertThat(report.errors()).as(as).isNotEmpty();
                }
            }
        }
    }

    @Test
    void theCommandLineSearchIsDataNotSql(@TempDir Path dir) {
        // The command line opens its own embedded database in a temporary folder, whatever database the
        // rest of this class runs on; it is checked once, in the embedded run.
        org.junit.jupiter.api.Assumptions.assumeTrue(
                System.getProperty("ordo.test.db", "embedded").equals("embedded"));
        String data = dir.resolve("company").toString();
        String[] init = cli("init", "--company-name", "X", "--vat-number", "00743110157", "--data-dir", data);
        assertThat(init[0]).isEqualTo("0");
        FirstAdministrator.choosePassword(init[1], dir.resolve("company"));
        for (String payload : PAYLOADS) {
            String[] r = cli("product", "list", "--search", payload, "--data-dir", data);
            assertThat(r[0]).as(payload + ": " + r[2]).isEqualTo("0");
            assertThat(r[1]).as(payload).doesNotContain("P1");
            String[] c = cli("customer", "list", "--search", payload, "--data-dir", data);
            assertThat(c[0]).as(payload + ": " + c[2]).isEqualTo("0");
        }
        // The database is intact: the company still answers.
        assertThat(cli("product", "list", "--data-dir", data)[0]).isEqualTo("0");
    }

    /** A command as the administrator once init has made one (before, the user setting the company up). */
    private static String[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] signedIn = args[0].equals("init") ? args
                : Stream.concat(Stream.of("--user", FirstAdministrator.NAME), Arrays.stream(args)).toArray(String[]::new);
        int exit = Cli.run(signedIn, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), FirstAdministrator.environment());
        return new String[] {"" + exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}

package it.ordo.multiprocess;

import static it.ordo.multiprocess.MultiProcessSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.OrderView;
import it.ordo.application.setup.SetupService;
import it.ordo.domain.security.Role;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.testing.TestCompany;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load of {@link MultiProcessConfirmationTest} on PostgreSQL: four
 * workstations, each its own JVM ({@link LoadClient}), confirm orders for the
 * same scarce stock in a fresh database {@code ordo_mp_<random>} on the local
 * PostgreSQL (role ordo/ordo with CREATEDB, {@code -Dordo.test.pg.url} for
 * another server). The crash variant cannot SIGKILL the system's PostgreSQL:
 * it terminates every backend of the clients ({@code pg_terminate_backend})
 * twice while they work; every order a client saw confirmed must be complete.
 *
 * <p>Durations use the same properties as the Derby test: {@code -Dordo.multiprocess.seconds} (default 30)
 * and {@code -Dordo.multiprocess.crash.seconds} (default 20); the build runs them shorter (app/pom.xml). Skipped when PostgreSQL does not answer or with {@code -Dordo.test.postgres.skip=true}.
 */
@Tag("multiprocess")
class MultiProcessPostgresTest {

    private static final String DB_USER = "ordo";
    private static final String DB_PASSWORD = "ordo";
    private static final String DESK_USER = "banco";
    private static final String DESK_PASSWORD = "Banco-Ordini-2026";
    private static final String ADMIN_USER = "capo";
    private static final String ADMIN_PASSWORD = "Capo-Ufficio-2026";
    private static final List<String> SKUS = List.of("S1", "S2", "S3", "S4", "S5");
    private static final List<String> CUSTOMERS = List.of("C-A", "C-B", "C-C", "C-NOBO");
    private static final int CLIENTS = 4;
    private static final int STOCK = 200;
    private static final Pattern PG_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();
    private String name;
    private String url;




    @BeforeEach
    void freshDatabase() {
        Assumptions.assumeFalse(Boolean.getBoolean("ordo.test.postgres.skip"), "-Dordo.test.postgres.skip=true");
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(adminUrl(), DB_USER, DB_PASSWORD)) {
            Assumptions.assumeTrue(c.isValid(5), "PostgreSQL does not answer at " + adminUrl());
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL not reachable at " + adminUrl() + ": " + e.getMessage());
        }
        name = "ordo_mp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Matcher m = PG_URL.matcher(adminUrl());
        assertThat(m.matches()).as(adminUrl()).isTrue();
        url = m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3));
        admin("CREATE DATABASE " + name);
    }

    @AfterEach
    void killEveryChildAndDropTheDatabase() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        for (Process p : children) {
            p.waitFor(30, TimeUnit.SECONDS);
        }
        if (name != null) {
            try (Connection c = DriverManager.getConnection(adminUrl(), DB_USER, DB_PASSWORD)) {
                it.ordo.testing.TestDatabase.dropPostgres(c, name);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL could not drop " + name + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void fourProcessesNeverOversellAndEveryConfirmedOrderIsComplete() throws Exception {
        seed();
        phase("seeded");

        long seconds = Long.getLong("ordo.multiprocess.seconds", 30);
        List<Client> clients = startClients(seconds);
        List<Outcome> outcomes = awaitClients(clients, seconds);

        for (Outcome o : outcomes) {
            assertThat(o.exit()).as(o.log()).isZero();
            assertThat(o.unexpected()).as(o.log()).isZero();
            assertThat(o.outage()).as("no outage without a crash: " + o.log()).isZero();
            assertThat(o.confirmed()).as(o.log()).isEqualTo(o.numbers().size());
        }
        int confirmed = outcomes.stream().mapToInt(Outcome::confirmed).sum();
        int refused = outcomes.stream().mapToInt(Outcome::refused).sum();
        System.out.printf("multiprocess pg: %d confirmed, %d refused for shortfall by %d clients%n", confirmed, refused,
                CLIENTS);
        assertThat(confirmed).isPositive();
        assertThat(refused).as("scarce stock must refuse some orders of the customer without backorders").isPositive();
        phase("clients done");
        verify(outcomes);
        phase("verified");
    }

    @Test
    void terminatedBackendsLoseNoConfirmedOrder() throws Exception {
        seed();
        phase("seeded");

        long seconds = Long.getLong("ordo.multiprocess.crash.seconds", 20);
        List<Client> clients = startClients(seconds);
        awaitReady(clients);
        phase("clients ready");
        Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(3, seconds / 3)));
        int first = terminateBackends();
        phase("terminated " + first + " backends");
        Thread.sleep(2000);
        int second = terminateBackends();
        phase("terminated " + second + " backends");
        assertThat(first).as("the clients' connections were there to terminate").isPositive();

        List<Outcome> outcomes = awaitClients(clients, seconds);
        for (Outcome o : outcomes) {
            assertThat(o.exit()).as(o.log()).isZero();
            assertThat(o.unexpected()).as(o.log()).isZero();
            assertThat(o.confirmed()).as(o.log()).isEqualTo(o.numbers().size());
        }
        System.out.printf("multiprocess pg crash: %d confirmed, %d refused, %d failed on a lost connection%n",
                outcomes.stream().mapToInt(Outcome::confirmed).sum(), outcomes.stream().mapToInt(Outcome::refused).sum(),
                outcomes.stream().mapToInt(Outcome::outage).sum());
        assertThat(outcomes.stream().mapToInt(Outcome::confirmed).sum()).isPositive();
        phase("clients done");
        verify(outcomes);
        phase("verified");
    }

    // ---------------------------------------------------------------- checks

    private void verify(List<Outcome> outcomes) throws Exception {
        List<String> all = new ArrayList<>();
        outcomes.forEach(o -> all.addAll(o.numbers()));
        assertThat(all).as("order numbers are unique across clients").doesNotHaveDuplicates();

        try (OrdoContext ctx = open()) {
            for (String number : all) {
                OrderView order = ctx.orders().show(number);
                assertThat(order.lines()).as(number).isNotEmpty();
                BigDecimal net = BigDecimal.ZERO;
                BigDecimal gross = BigDecimal.ZERO;
                for (OrderView.Line l : order.lines()) {
                    assertThat(l.allocated().add(l.backordered())).as(number + " line " + l.lineNo())
                            .isEqualByComparingTo(l.quantity());
                    net = net.add(l.netAmount());
                    gross = gross.add(l.grossAmount());
                }
                assertThat(order.netTotal()).as(number).isEqualByComparingTo(net);
                assertThat(order.grossTotal()).as(number).isEqualByComparingTo(gross);
            }
            for (String sku : SKUS) {
                StockLevel stock = ctx.inventory().stock(sku, "MIL", 0, 1).getFirst();
                assertThat(stock.allocated()).as(sku).isLessThanOrEqualTo(stock.onHand());
            }
            assertThat(ctx.integrity().check()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection(url, DB_USER, DB_PASSWORD)) {
            assertThat(count(c, "SELECT COUNT(*) FROM sales_order o WHERE NOT EXISTS "
                    + "(SELECT 1 FROM sales_order_line l WHERE l.order_id = o.id)")).as("orders without lines").isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM sales_order_line WHERE allocated_qty + backordered_qty <> quantity"))
                    .as("lines neither allocated nor backordered").isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM sales_order")).isGreaterThanOrEqualTo(all.size());
            assertThat(count(c, "SELECT COUNT(*) FROM (SELECT order_number FROM sales_order GROUP BY order_number "
                    + "HAVING COUNT(*) > 1) d")).as("duplicate order numbers").isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM stock WHERE allocated > on_hand")).as("oversold stock").isZero();
        }
        Result check = cli(Map.of("ORDO_DB_PASSWORD", DB_PASSWORD, "ORDO_PASSWORD", ADMIN_PASSWORD), "--db-url", url,
                "--db-user", DB_USER, "--user", ADMIN_USER, "check");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("No problems found.");
    }

    private final long started = System.nanoTime();

    private void phase(String what) {
        System.out.printf("multiprocess pg: %s after %d ms%n", what,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }


    // ---------------------------------------------------------------- PostgreSQL

    private static String adminUrl() {
        String value = System.getProperty("ordo.test.pg.url");
        if (value == null || value.isBlank()) {
            value = System.getenv("ORDO_TEST_PG_URL");
        }
        return value == null || value.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/postgres" : value;
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl(), DB_USER, DB_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused \"" + sql + "\": " + e.getMessage(), e);
        }
    }

    /** Ends every session of the test role on the test database (the admin connection is on another database); how many. */
    private int terminateBackends() {
        try (Connection c = DriverManager.getConnection(adminUrl(), DB_USER, DB_PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                     + name + "' AND usename = current_user AND pid <> pg_backend_pid()")) {
            int n = 0;
            while (rs.next()) {
                if (rs.getBoolean(1)) {
                    n++;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot terminate the backends of " + name + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- setup

    private void seed() {
        try (OrdoContext ctx = open()) {
            ctx.setup().initialize(new SetupService.CompanyData("Distribuzioni Prova S.r.l.", "00743110157",
                    "Via Roma 1", "20121", "Milano", "MI", null, null, null));
            ctx.setup().addWarehouse("MIL", "Magazzino Milano", "Milano");
            List<ImportRow> products = new ArrayList<>();
            for (String sku : SKUS) {
                products.add(TestCompany.row("sku", sku, "ean", "", "description", "Articolo " + sku, "category", "Prova",
                        "unit", "PCS", "vatRate", "22", "unitCost", "5.00", "listPrice", "10.00", "weightKg", "0.1"));
            }
            assertThat(ctx.products().importRows(products).clean()).isTrue();
            assertThat(ctx.customers().importRows(List.of(
                    TestCompany.customer("C-A", "Alfa S.r.l.", "01114601006", "A", "10000000", "true"),
                    TestCompany.customer("C-B", "Beta S.p.A.", "12345678903", "B", "10000000", "true"),
                    TestCompany.customer("C-C", "Gamma S.n.c.", "07643520567", "C", "10000000", "true"),
                    TestCompany.customer("C-NOBO", "Delta S.r.l.", "02839750995", "B", "10000000", "false")))
                    .clean()).isTrue();
            for (String sku : SKUS) {
                ctx.inventory().receive(sku, "MIL", BigDecimal.valueOf(STOCK), null);
            }
            ctx.users().add(DESK_USER, Set.of(Role.ORDER_DESK), "Iniziale-Banco-1");
            ctx.authentication().changePassword(DESK_USER, "Iniziale-Banco-1", DESK_PASSWORD);
            ctx.users().add(ADMIN_USER, Set.of(Role.ADMIN), "Iniziale-Capo-1");
            ctx.authentication().changePassword(ADMIN_USER, "Iniziale-Capo-1", ADMIN_PASSWORD);
        }
    }

    private OrdoContext open() {
        return OrdoContext.open(DatabaseSettings.remote(url, DB_USER, DB_PASSWORD), () -> "tester",
                Clock.systemDefaultZone());
    }

    private List<Client> startClients(long seconds) throws IOException {
        List<Client> clients = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            Path numbers = dir.resolve("client-" + i + ".numbers");
            Path log = dir.resolve("client-" + i + ".log");
            ProcessBuilder pb = new ProcessBuilder(java(LoadClient.class.getName(), url, DB_USER, DESK_USER,
                    "" + seconds, numbers.toString(), String.join(",", SKUS), String.join(",", CUSTOMERS)))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("ORDO_DB_PASSWORD", DB_PASSWORD);
            pb.environment().put("ORDO_PASSWORD", DESK_PASSWORD);
            Process p = pb.start();
            children.add(p);
            clients.add(new Client(i, p, numbers, log));
        }
        return clients;
    }







}

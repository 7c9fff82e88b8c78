package it.ordo.multiprocess;

import static it.ordo.multiprocess.MultiProcessSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several workstations, each its own JVM ({@link LoadClient}), confirm orders
 * for the same scarce stock through one Ordo server (HTTPS, the runtime
 * database account, a Derby Network Server inside it), itself a separate
 * process started as an administrator would ({@code ordo server start}): the
 * office's topology, where no workstation holds a database account. The
 * second test kills the server with SIGKILL while the clients work and
 * restarts it on the same folder: the workstations sign in again, and every
 * order a client saw confirmed must survive, complete. (Clients straight on
 * the database through JDBC: {@link MultiProcessPostgresTest}.)
 *
 * <p>Each client works {@code -Dordo.multiprocess.seconds} (default 30) in the first test and
 * {@code -Dordo.multiprocess.crash.seconds} (default 20; the server is killed a third of the way in)
 * in the crash test, counted from its sign-in (a client JVM needs 5-20 s to boot on a small machine).
 * Not tagged {@code db}: it starts its own server, so the network and
 * PostgreSQL re-runs of the db tests leave it out.
 */
@Tag("multiprocess")
class MultiProcessConfirmationTest {

    private static final String DB_PASSWORD = "Segreto-Multi-Processo-1";
    private static final String DESK_USER = "banco";
    private static final String DESK_PASSWORD = "Banco-Ordini-2026";
    private static final String ADMIN_USER = "capo";
    private static final String ADMIN_PASSWORD = "Capo-Ufficio-2026";
    private static final List<String> SKUS = List.of("S1", "S2", "S3", "S4", "S5");
    private static final List<String> CUSTOMERS = List.of("C-A", "C-B", "C-C", "C-NOBO");
    private static final int CLIENTS = 4;
    private static final int STOCK = 200;

    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();
    private Process server;
    private int port;
    private String url;
    private int servicePort;




    @AfterEach
    void killEveryChild() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
        for (Process p : children) {
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void fourProcessesNeverOversellAndEveryConfirmedOrderIsComplete() throws Exception {
        Path data = dir.resolve("data");
        startServer(data, "server-1");
        phase("server up");
        seed();
        phase("seeded");

        List<Client> clients = startClients(seconds());
        List<Outcome> outcomes = awaitClients(clients, seconds());

        for (Outcome o : outcomes) {
            assertThat(o.exit()).as(o.log()).isZero();
            assertThat(o.unexpected()).as(o.log()).isZero();
            assertThat(o.outage()).as("no outage without a crash: " + o.log()).isZero();
            assertThat(o.confirmed()).as(o.log()).isEqualTo(o.numbers().size());
        }
        int confirmed = outcomes.stream().mapToInt(Outcome::confirmed).sum();
        int refused = outcomes.stream().mapToInt(Outcome::refused).sum();
        System.out.printf("multiprocess: %d confirmed, %d refused for shortfall by %d clients%n", confirmed, refused,
                CLIENTS);
        assertThat(confirmed).isPositive();
        assertThat(refused).as("scarce stock must refuse some orders of the customer without backorders").isPositive();
        phase("clients done");
        verify(outcomes);
        phase("verified");
    }

    @Test
    void aServerKilledWithSigkillLosesNoConfirmedOrder() throws Exception {
        Path data = dir.resolve("data");
        startServer(data, "server-1");
        phase("server up");
        seed();
        phase("seeded");

        long seconds = Long.getLong("ordo.multiprocess.crash.seconds", 20);
        List<Client> clients = startClients(seconds);
        awaitReady(clients);
        phase("clients ready");
        Thread.sleep(TimeUnit.SECONDS.toMillis(Math.max(3, seconds / 3)));
        phase("killing the server");
        Process killed = server;
        killed.destroyForcibly(); // SIGKILL: no shutdown hook, no clean database shutdown
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        startServer(data, "server-2");
        phase("server restarted");

        List<Outcome> outcomes = awaitClients(clients, seconds);
        for (Outcome o : outcomes) {
            assertThat(o.exit()).as(o.log()).isZero();
            assertThat(o.unexpected()).as(o.log()).isZero();
            assertThat(o.confirmed()).as(o.log()).isEqualTo(o.numbers().size());
        }
        System.out.printf("multiprocess crash: %d confirmed, %d refused, %d failed during the outage%n",
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
        try (Connection c = DriverManager.getConnection(url, "ordo", DB_PASSWORD)) {
            assertThat(count(c, "SELECT COUNT(*) FROM APP.sales_order o WHERE NOT EXISTS "
                    + "(SELECT 1 FROM APP.sales_order_line l WHERE l.order_id = o.id)")).as("orders without lines").isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM APP.sales_order_line WHERE allocated_qty + backordered_qty <> quantity"))
                    .as("lines neither allocated nor backordered").isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM APP.sales_order")).isGreaterThanOrEqualTo(all.size());
            assertThat(count(c, "SELECT COUNT(*) FROM (SELECT order_number FROM APP.sales_order GROUP BY order_number "
                    + "HAVING COUNT(*) > 1) d")).as("duplicate order numbers").isZero();
        }
        // The CLI's integrity check, signed in, as an administrator runs it on a workstation.
        Result check = cli(Map.of("ORDO_DB_PASSWORD", DB_PASSWORD, "ORDO_PASSWORD", ADMIN_PASSWORD), "--db-url", url,
                "--db-user", "ordo", "--user", ADMIN_USER, "check");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("No problems found.");
    }

    private final long started = System.nanoTime();

    private void phase(String what) {
        System.out.printf("multiprocess: %s after %d ms%n", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }


    // ---------------------------------------------------------------- setup

    /** Company, warehouse, five scarce products, customers and two users, through the services on the network URL. */
    private void seed() {
        try (OrdoContext ctx = open()) {
            ctx.setup().initialize(new SetupService.CompanyData("Distribuzioni Prova S.r.l.", "00743110157",
                    "Via Roma 1", "20121", "Milano", "MI", null, null, null));
            ctx.setup().addWarehouse("MIL", "Magazzino Milano", "Milano");
            List<it.ordo.application.imports.ImportRow> products = new ArrayList<>();
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

    /** The test's own workstation: the database account, every role (the API, not the CLI, does not sign in). */
    private OrdoContext open() {
        return OrdoContext.open(DatabaseSettings.remote(url, "ordo", DB_PASSWORD), () -> "tester",
                Clock.systemDefaultZone());
    }

    private void startServer(Path data, String name) throws IOException, InterruptedException {
        if (port == 0) {
            port = freePort();
            url = "jdbc:derby://127.0.0.1:" + port + "/ordo";
            servicePort = freePort();
        }
        Path log = dir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(java("it.ordo.Main", "--data-dir", data.toString(), "server", "start",
                "--db-port", "" + port, "--port", "" + servicePort)).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("ORDO_DB_PASSWORD", DB_PASSWORD);
        pb.environment().remove("ORDO_DATA_DIR");
        server = pb.start();
        children.add(server);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (cli(Map.of(), "server", "status", "--port", "" + port).exit() != 0) {
            assertThat(server.isAlive()).as("the server died: " + read(log)).isTrue();
            assertThat(System.nanoTime()).as("the server did not answer in time: " + read(log)).isLessThan(deadline);
            Thread.sleep(200);
        }
        // The workstations' endpoint opens after the database: a client started before it would count an outage.
        while (true) {
            try {
                it.ordo.infrastructure.remote.RemoteServices.probe(service());
                break;
            } catch (RuntimeException notYet) {
                assertThat(server.isAlive()).as("the server died: " + read(log)).isTrue();
                assertThat(System.nanoTime()).as("the endpoint did not open in time: " + read(log)).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private java.net.URI service() {
        return java.net.URI.create("https://127.0.0.1:" + servicePort + "/");
    }

    private List<Client> startClients(long seconds) throws IOException {
        List<Client> clients = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            Path numbers = dir.resolve("client-" + i + ".numbers");
            Path log = dir.resolve("client-" + i + ".log");
            ProcessBuilder pb = new ProcessBuilder(java(LoadClient.class.getName(), service().toString(), "-", DESK_USER,
                    "" + seconds,
                    numbers.toString(), String.join(",", SKUS), String.join(",", CUSTOMERS)))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // A workstation knows its user's password, never the database's.
            pb.environment().remove("ORDO_DB_PASSWORD");
            pb.environment().put("ORDO_PASSWORD", DESK_PASSWORD);
            Process p = pb.start();
            children.add(p);
            clients.add(new Client(i, p, numbers, log));
        }
        return clients;
    }



    private static long seconds() {
        return Long.getLong("ordo.multiprocess.seconds", 30);
    }






}

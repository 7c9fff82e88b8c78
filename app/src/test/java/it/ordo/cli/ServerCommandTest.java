package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.OrdoContext;
import it.ordo.application.setup.SetupService;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ordo server}: the Ordo server runs in its own process, as an
 * administrator starts it, with the database account's password in its
 * environment, the database on the loopback address only; workstations (this
 * JVM) reach it with the server's address and a user's password, the set-up
 * commands on the server machine still reach the database itself.
 * A server sets JVM-wide Derby properties, hence the separate process.
 */
class ServerCommandTest {

    private static final String DB_PASSWORD = "Segreto-Del-Server-1";

    @TempDir
    Path dir;

    private Process server;
    private Path serverLog;
    /** The Ordo server's HTTPS port of the server last started (the Derby port is the test's own). */
    private int httpsPort;

    record Result(int exit, String out, String err) {
    }

    @AfterEach
    void killServer() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theServerNeedsTheAccountAndStopsCleanly() throws Exception {
        int port = freePort();
        Path data = dir.resolve("data");
        startServer(data, port);
        String url = "jdbc:derby://127.0.0.1:" + port + "/ordo";

        // No anonymous access, no wrong password, and no new databases without the account.
        assertRefused(url, null, null);
        assertRefused(url, "ordo", "wrong");
        assertRefused("jdbc:derby://127.0.0.1:" + port + "/other;create=true", null, null);
        assertThat(data.resolve("ordo/service.properties")).exists();
        // The use cases run as the runtime account, whose password is made at start and never shown.
        assertThat(log()).contains("database account ordo_runtime (data only); the owner ordo migrates");
        assertRefused(url, "ordo_runtime", DB_PASSWORD);
        assertRefused("jdbc:derby://127.0.0.1:" + port + "/other;create=true", "ordo_runtime", DB_PASSWORD);

        // The account opens the shared database: init creates the schema and the first administrator.
        Map<String, String> env = Map.of("ORDO_DB_PASSWORD", DB_PASSWORD);
        Result init = run(env, "--db-url", url, "--db-user", "ordo", "init", "--company-name", "Prova S.r.l.",
                "--vat-number", "00743110157");
        assertThat(init.exit()).as(init.err()).isZero();
        Matcher first = Pattern.compile("password (\\S+) \\(").matcher(init.out());
        assertThat(first.find()).as(init.out()).isTrue();
        String newPassword = "Nuova-Password-42";
        Result passwd = run(Map.of("ORDO_DB_PASSWORD", DB_PASSWORD, "ORDO_PASSWORD", first.group(1),
                "ORDO_NEW_PASSWORD", newPassword), "--db-url", url, "--db-user", "ordo", "--user", "admin", "user",
                "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
        Map<String, String> signedIn = Map.of("ORDO_DB_PASSWORD", DB_PASSWORD, "ORDO_PASSWORD", newPassword);
        Result check = run(signedIn, "--db-url", url, "--db-user", "ordo", "--user", "admin", "check");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("No problems found.");

        // A wrong database password is "database not available", before any Ordo user is asked for.
        Result wrong = run(Map.of("ORDO_DB_PASSWORD", "wrong", "ORDO_PASSWORD", newPassword), "--db-url", url,
                "--db-user", "ordo", "--user", "admin", "check");
        assertThat(wrong.exit()).isEqualTo(Cli.DATABASE);
        assertThat(wrong.err()).contains("authentication");

        // Stopping needs the account too.
        assertThat(run(Map.of(), "server", "stop", "--port", "" + port).exit()).isEqualTo(Cli.REFUSED);
        Result stop = run(env, "server", "stop", "--port", "" + port);
        assertThat(stop.exit()).as(stop.err()).isZero();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).as(log()).isZero();
        assertThat(log()).contains("stopped");
        assertThat(run(Map.of(), "server", "status", "--port", "" + port).exit()).isEqualTo(Cli.REFUSED);
        // Derby removes its lock file only when it shuts the database down cleanly.
        assertThat(data.resolve("ordo/db.lck")).doesNotExist();
    }

    @Test
    void aFolderOfAnEarlierReleaseIsServedByItsOwnerAndStillOpensEmbeddedWithTheAccount() throws Exception {
        // Set up on the single workstation by an earlier release: the database is in data/db, owned by APP.
        Path data = dir.resolve("legacy");
        Path legacy = data.resolve("db");
        Files.createDirectories(data);
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + legacy + ";create=true")) {
            c.isValid(1);
        }
        try (OrdoContext ctx = OrdoContext.open(new DatabaseSettings("jdbc:derby:" + legacy, null, null, legacy),
                () -> "tester", Clock.systemDefaultZone())) {
            ctx.setup().initialize(new SetupService.CompanyData("Prova S.r.l.", "00743110157", "Via Roma 1", "20121",
                    "Milano", "MI", null, null, null));
        }

        // Derby lets only a database's owner use its tables once authentication is on: the account must be APP.
        int port = freePort();
        Process refused = serverProcess(data, port).start();
        assertThat(refused.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).as(log()).isEqualTo(Cli.REFUSED);
        assertThat(log()).contains("belongs to the account APP").contains("--db-user APP");

        startServer(data, port, "--db-user", "app");
        assertThat(data.resolve("ordo/service.properties")).exists();
        assertThat(legacy).doesNotExist();
        String url = "jdbc:derby://127.0.0.1:" + port + "/ordo";
        assertRefused(url, null, null);
        try (Connection c = DriverManager.getConnection(url, "app", DB_PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM APP.company")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Prova S.r.l.");
        }

        // SIGTERM, as a service manager stops it: the shutdown hook closes the database cleanly.
        server.destroy();
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(data.resolve("ordo/db.lck")).as(log()).doesNotExist();

        // The same folder opens embedded again, now with the account.
        Result embedded = run(Map.of("ORDO_DB_PASSWORD", DB_PASSWORD), "--data-dir", data.toString(), "--db-user", "app",
                "check");
        assertThat(embedded.exit()).as(embedded.err()).isZero();
        Result anonymous = run(Map.of(), "--data-dir", data.toString(), "check");
        assertThat(anonymous.exit()).isEqualTo(Cli.DATABASE);
    }

    @Test
    void aFolderSetUpOnOneWorkstationIsServedToTheOthersInOneCommand() throws Exception {
        // Set up and used on one workstation (embedded, no account given), as a new user starts.
        Path data = dir.resolve("workstation");
        Result init = run(Map.of(), "--data-dir", data.toString(), "init", "--company-name", "Prova S.r.l.",
                "--vat-number", "00743110157");
        assertThat(init.exit()).as(init.err()).isZero();
        // The administrator chooses a password; every command on a company with users signs in.
        String adminPassword = FirstAdministrator.choosePassword(init.out(), data);
        Path products = Files.writeString(dir.resolve("products.csv"), """
                sku;description;category;unit;vatRate;unitCost;listPrice
                P1;Vite 4x40;Viteria;PCS;22;5,00;10,00
                """);
        Path customers = Files.writeString(dir.resolve("customers.json"), """
                {"customers": [{"code": "C-A", "name": "Alfa S.r.l.", "vatNumber": "01114601006", "creditLimit": 100000,
                  "paymentTerms": "Bonifico 30 gg", "acceptsBackorders": true, "address": "Via Roma 1",
                  "postalCode": "20121", "city": "Milano", "province": "MI"}]}
                """);
        Path orders = Files.writeString(dir.resolve("orders.csv"), """
                externalRef;channel;customer;sku;qty
                WS-1;PHONE;C-A;P1;3
                WS-2;PHONE;C-A;P1;4
                """);
        for (String[] step : List.of(new String[] {"product", "import", products.toString()},
                new String[] {"customer", "import", customers.toString()},
                new String[] {"receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "10"},
                new String[] {"order", "place", orders.toString()})) {
            List<String> args = new ArrayList<>(List.of("--data-dir", data.toString(), "--user", FirstAdministrator.NAME));
            args.addAll(List.of(step));
            Result r = run(FirstAdministrator.environment(), args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", step) + ": " + r.err()).isZero();
        }

        // One command makes it the office's server.
        int port = freePort();
        startServer(data, port);
        String url = "jdbc:derby://127.0.0.1:" + port + "/ordo";
        assertRefused(url, null, null);
        Matcher printed = Pattern.compile("fingerprint (SHA256:[0-9A-F:]+)").matcher(log());
        assertThat(printed.find()).as(log()).isTrue();

        // The account reads the tables that were written before there was an account.
        try (Connection c = DriverManager.getConnection(url, "ordo", DB_PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM APP.sales_order")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        // A workstation with the server's address and the administrator's password only: no database account.
        Path workstation = dir.resolve("workstation-settings");
        String server = "https://127.0.0.1:" + httpsPort;
        String newPassword = "Nuova-Password-42";
        Result passwd = run(Map.of("ORDO_PASSWORD", adminPassword, "ORDO_NEW_PASSWORD", newPassword),
                "--data-dir", workstation.toString(), "--server", server, "--user", "admin", "user", "passwd");
        assertThat(passwd.exit()).as(passwd.err()).isZero();
        // The first connection pinned the certificate the server printed, and said so.
        assertThat(passwd.err()).contains(printed.group(1));
        assertThat(Files.readString(workstation.resolve("workstation.properties"))).contains(
                printed.group(1).replace(":", "\\:"));
        Result list = run(Map.of("ORDO_PASSWORD", newPassword), "--data-dir", workstation.toString(),
                "--server", server, "--user", "admin", "order", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(Pattern.compile("ORD-\\d{4}-\\d+").matcher(list.out()).results().count()).as(list.out())
                .isEqualTo(2);
        Result place = run(Map.of("ORDO_PASSWORD", newPassword), "--data-dir", workstation.toString(),
                "--server", server, "--user", "admin", "order", "place",
                Files.writeString(dir.resolve("more.csv"), "externalRef;channel;customer;sku;qty\nWS-3;PHONE;C-A;P1;1\n")
                        .toString());
        assertThat(place.exit()).as(place.err()).isZero();
        // The old password no longer opens a session; the set-up commands are not run through the server.
        Result old = run(Map.of("ORDO_PASSWORD", adminPassword), "--data-dir", workstation.toString(),
                "--server", server, "--user", "admin", "order", "list");
        assertThat(old.exit()).isEqualTo(Cli.REFUSED);
        Result check = run(Map.of("ORDO_PASSWORD", newPassword), "--data-dir", workstation.toString(),
                "--server", server, "--user", "admin", "check");
        assertThat(check.exit()).isEqualTo(Cli.USAGE);
        assertThat(check.err()).contains("server machine");
        // Nor can a workstation have the server write a backup anywhere on its disk: backups are not served.
        Path elsewhere = dir.resolve("elsewhere");
        Result backup = run(Map.of("ORDO_PASSWORD", newPassword), "--data-dir", workstation.toString(),
                "--server", server, "--user", "admin", "backup", "--to", elsewhere.toString());
        assertThat(backup.exit()).isEqualTo(Cli.USAGE);
        assertThat(backup.err()).contains("server machine");
        assertThat(elsewhere).doesNotExist();

        // A machine that answers at the server's address with another certificate is refused.
        Files.writeString(workstation.resolve("workstation.properties"), "server.fingerprint.127.0.0.1\\:" + httpsPort
                + "=SHA256\\:00\\:11\n");
        Result fooled = run(Map.of("ORDO_PASSWORD", newPassword), "--data-dir", workstation.toString(),
                "--server", server, "--user", "admin", "order", "list");
        assertThat(fooled.exit()).isEqualTo(Cli.REFUSED);
        assertThat(fooled.err()).contains("different certificate").contains(printed.group(1));

        // The database port answers on the loopback address only: from any other address of this machine, nothing.
        for (InetAddress other : otherAddresses()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other, port), 2000))
                        .as("the database port on " + other).isInstanceOf(IOException.class);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(other, httpsPort), 2000); // the Ordo server does answer there
            }
        }
    }

    /** This machine's addresses other than loopback (a container has at least one). */
    private static List<InetAddress> otherAddresses() throws SocketException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream()
                        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).forEach(found::add);
            }
        }
        assertThat(found).as("a non-loopback address to try the database port from").isNotEmpty();
        return found;
    }

    @Test
    void withoutTheAccountPasswordTheServerDoesNotStart() {
        Result r = run(Map.of(), "--data-dir", dir.resolve("none").toString(), "server", "start", "--db-port",
                "" + freePort(), "--port", "" + freePort());

        assertThat(r.exit()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("ORDO_DB_PASSWORD");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void statusWithoutAServerIsExitOne() {
        Result r = run(Map.of(), "server", "status", "--port", "" + freePort());

        assertThat(r.exit()).isEqualTo(Cli.REFUSED);
        assertThat(r.out()).contains("No server answers");
    }

    @Test
    void inFrontOfADatabaseThatCannotBeReachedTheServerDoesNotStart() {
        Result r = run(Map.of("ORDO_DB_PASSWORD", DB_PASSWORD, "ORDO_DB_RUNTIME_PASSWORD", "runtime secret"),
                "--data-dir", dir.resolve("pg").toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/ordo", "server", "start", "--port", "" + freePort());

        assertThat(r.exit()).isEqualTo(Cli.DATABASE);
        assertThat(r.out()).doesNotContain("listening");
    }

    @Test
    void inFrontOfPostgresTheServerNeedsTheRuntimeAccountsPassword() {
        Result r = run(Map.of("ORDO_DB_PASSWORD", DB_PASSWORD), "--data-dir", dir.resolve("pg").toString(),
                "--db-url", "jdbc:postgresql://127.0.0.1:1/ordo", "server", "start", "--port", "" + freePort());

        assertThat(r.exit()).isNotEqualTo(Cli.OK);
        assertThat(r.err()).contains("ORDO_DB_RUNTIME_PASSWORD");
        assertThat(r.out()).doesNotContain("listening");
    }

    private void startServer(Path data, int port, String... options) throws IOException, InterruptedException {
        server = serverProcess(data, port, options).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (run(Map.of(), "server", "status", "--port", "" + port).exit() != 0) {
            assertThat(server.isAlive()).as("the server died: " + log()).isTrue();
            assertThat(System.nanoTime()).as("the server did not answer in time: " + log()).isLessThan(deadline);
            Thread.sleep(250);
        }
        assertThat(run(Map.of(), "server", "status", "--port", "" + port).out()).contains("127.0.0.1:" + port);
        // The Ordo endpoint starts after the database: it migrates the schema and may make a certificate first.
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!log().contains("listening on")) {
            assertThat(server.isAlive()).as("the server died: " + log()).isTrue();
            assertThat(System.nanoTime()).as("the Ordo server did not start in time: " + log()).isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    private ProcessBuilder serverProcess(Path data, int port, String... options) {
        httpsPort = freePort();
        serverLog = dir.resolve("server-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx256m",
                "-Duser.language=en", "-Duser.country=US", "-cp", classPath(), "it.ordo.Main",
                "--data-dir", data.toString(), "server", "start", "--db-port", "" + port, "--port", "" + httpsPort));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(serverLog.toFile());
        pb.environment().put("ORDO_DB_PASSWORD", DB_PASSWORD);
        pb.environment().remove("ORDO_DATA_DIR");
        return pb;
    }

    private String log() {
        try {
            return Files.readString(serverLog);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Surefire runs the tests from a manifest-only jar; the real class path is in this property. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp.replace(File.pathSeparator
                + File.pathSeparator, File.pathSeparator);
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> {
            try (Connection c = user == null ? DriverManager.getConnection(url)
                    : DriverManager.getConnection(url, user, password)) {
                c.isValid(1);
            }
        }).isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08004"));
    }

    private static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real shared database (a Derby Network Server on this machine): nothing
 * runs without {@code --user}, except {@code init} while the database has no
 * users, which makes the first administrator.
 */
class SharedDatabaseSignInTest {

    @TempDir
    static Path dir;

    private static NetworkServerControl server;
    private static String url;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void startServer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(new StringWriter()));
        for (int i = 0; ; i++) {
            try {
                server.ping();
                break;
            } catch (Exception notYet) {
                if (i == 50) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
        url = "jdbc:derby://127.0.0.1:" + port + "/" + dir.resolve("shared").toAbsolutePath() + ";create=true";
    }

    @AfterAll
    static void stopServer() throws Exception {
        try {
            DriverManager.getConnection("jdbc:derby:" + dir.resolve("shared").toAbsolutePath() + ";shutdown=true");
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
        server.shutdown();
    }

    @Test
    void initMakesTheFirstAdministratorThenEveryoneSignsIn() {
        Result init = run(Map.of(), "init", "--company-name", "Distribuzioni Rete S.r.l.", "--vat-number", "00743110157");

        assertThat(init.exit()).as(init.err()).isZero();
        Matcher m = Pattern.compile("First user: admin, password (\\S+) ").matcher(init.out());
        assertThat(m.find()).as(init.out()).isTrue();
        String initial = m.group(1);

        Result anonymous = run(Map.of(), "stock");
        assertThat(anonymous.exit()).isEqualTo(1);
        assertThat(anonymous.err()).contains("This is a shared database").contains("--user NAME");
        Result initAgain = run(Map.of(), "init");
        assertThat(initAgain.exit()).isEqualTo(1);
        assertThat(initAgain.err()).contains("--user NAME");

        assertThat(run(Map.of("ORDO_PASSWORD", initial, "ORDO_NEW_PASSWORD", "Rete-admin-1"),
                "--user", "admin", "user", "passwd").exit()).isZero();
        Map<String, String> admin = Map.of("ORDO_PASSWORD", "Rete-admin-1");
        Result stock = run(admin, "--user", "admin", "init");
        assertThat(stock.exit()).as(stock.err()).isZero();
        assertThat(stock.out()).contains("already set up").doesNotContain("First user");
        assertThat(run(Map.of("ORDO_PASSWORD", "wrong"), "--user", "admin", "stock").err())
                .contains("Wrong username or password.");
    }

    private static Result run(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db-url";
        all[1] = url;
        System.arraycopy(args, 0, all, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all, o, e, env);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

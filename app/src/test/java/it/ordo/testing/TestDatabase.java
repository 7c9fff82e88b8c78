package it.ordo.testing;

import it.ordo.infrastructure.persistence.Database;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.infrastructure.server.DerbyNetworkServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one test company, on the kind of database the
 * run asks for with {@code -Dordo.test.db}:
 * <ul>
 * <li>{@code embedded} (default): embedded Derby in the company's temporary folder;</li>
 * <li>{@code network}: a new database on a Derby Network Server that this JVM
 * starts once, on 127.0.0.1 and a free port, with authentication on, reached
 * through the network client as a workstation would;</li>
 * <li>{@code postgres}: a new database {@code ordo_test_<pid>_<n>} on a local
 * PostgreSQL ({@code -Dordo.test.pg.url}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, role {@code ordo} with
 * password {@code ordo} and CREATEDB), dropped when the company closes.</li>
 * </ul>
 */
public abstract class TestDatabase {

    public static final String PROPERTY = "ordo.test.db";
    /** The database account of the network server and of PostgreSQL in tests. */
    public static final String USER = "ordo";
    public static final String PASSWORD = "ordo";
    /**
     * The runtime account the use cases run as on the network server and on PostgreSQL, as in the Ordo server:
     * USER owns the schema and migrates it. On PostgreSQL a role (.ci/run creates it), on Derby made by the owner.
     */
    public static final String RUNTIME_USER = "ordo_runtime";
    public static final String RUNTIME_PASSWORD = "ordo_runtime";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** embedded, network or postgres. */
    public static String kind() {
        String kind = System.getProperty(PROPERTY, "embedded").trim().toLowerCase(Locale.ROOT);
        return kind.isEmpty() ? "embedded" : kind;
    }

    /** A new empty database; {@code dir} is the company's temporary folder. */
    public static TestDatabase create(Path dir) {
        return switch (kind()) {
            case "embedded" -> new Embedded(dir);
            case "network" -> new Network();
            case "postgres", "postgresql" -> new Postgres();
            default -> throw new IllegalArgumentException("-D" + PROPERTY + " must be embedded, network or postgres, not "
                    + kind());
        };
    }

    /** How the application reaches it. */
    public abstract DatabaseSettings settings();

    /** Removes the database; the application has closed it already. */
    public abstract void drop();

    /**
     * Embedded Derby in the company's folder, as a copy of an empty database that this JVM had the application
     * create and migrate once ({@link Database#open}, as a first start does): creating a Derby database and
     * running every migration costs seconds of CPU, copying its files milliseconds, and the copy is the same
     * database. The start of a new or an older folder itself is tested on its own (DatabaseStartTest, init).
     */
    private static final class Embedded extends TestDatabase {
        private static Path template;

        private final DatabaseSettings settings;

        Embedded(Path dir) {
            this.settings = DatabaseSettings.embedded(dir);
            copyTree(template(), settings.embeddedFolder());
        }

        private static synchronized Path template() {
            if (template == null) {
                try {
                    Path data = Files.createTempDirectory("ordo-test-template");
                    DatabaseSettings made = DatabaseSettings.embedded(data);
                    Database.open(made).close(); // closing shuts the database down: its files are complete
                    template = made.embeddedFolder();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(data), "ordo-test-template-delete"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return template;
        }

        @Override
        public DatabaseSettings settings() {
            return settings;
        }

        @Override
        public void drop() {
            // the company's folder goes, and the database with it
        }
    }

    /**
     * One Network Server per JVM, over a temporary folder; one database in it per company, a copy of a template
     * made once per JVM as each company's database was made before: created by the account, then started by the
     * application (migrated by the owner, the runtime account's grants), then shut down.
     */
    private static final class Network extends TestDatabase {
        private static Server server;

        private final String name;
        private final String url;

        Network() {
            Server s = server();
            this.name = "t" + COUNTER.incrementAndGet();
            this.url = s.url(name);
            copyTree(s.template(), s.home.resolve(name));
        }

        /** A new database {@code name} owned by the account, its credentials stored in it, shut down. */
        private static void createOwned(String url) {
            // Created by the account: it owns the database. Its credentials are stored in it (NATIVE), with SQL
            // authorization, as the server does for its own database; both take effect when it boots again.
            try (Connection c = DriverManager.getConnection(url + ";create=true", USER, PASSWORD);
                 Statement st = c.createStatement()) {
                st.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + USER + "', '" + PASSWORD + "')");
                st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')");
                st.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY("
                        + "'derby.authentication.native.passwordLifetimeMillis', '0')");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create " + url, e);
            }
            shutdown(url);
        }

        private static void shutdown(String url) {
            try {
                DriverManager.getConnection(url + ";shutdown=true", USER, PASSWORD).close();
            } catch (SQLException expected) {
                // 08006: shut down
            }
        }

        private static synchronized Server server() {
            if (server == null) {
                server = new Server();
            }
            return server;
        }

        @Override
        public DatabaseSettings settings() {
            return DatabaseSettings.remote(url, RUNTIME_USER, RUNTIME_PASSWORD).withOwner(USER, PASSWORD);
        }

        @Override
        public void drop() {
            shutdown(url);
            deleteTree(server.home.resolve(name));
        }

        private static final class Server {
            final Path home;
            final int port;
            final DerbyNetworkServer control;
            private Path template;

            Server() {
                try {
                    home = Files.createTempDirectory("ordo-test-derby-server");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                port = freePort();
                control = DerbyNetworkServer.start(new DerbyNetworkServer.Options(home, "127.0.0.1", port, USER,
                        PASSWORD, "off"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    control.stop();
                    deleteTree(home);
                }, "ordo-test-derby-server-stop"));
            }

            String url(String database) {
                return "jdbc:derby://127.0.0.1:" + port + "/" + database;
            }

            synchronized Path template() {
                if (template == null) {
                    String url = url("template");
                    createOwned(url);
                    Database.open(DatabaseSettings.remote(url, RUNTIME_USER, RUNTIME_PASSWORD).withOwner(USER, PASSWORD))
                            .close();
                    shutdown(url); // its files are complete, and nobody opens it again
                    template = home.resolve("template");
                }
                return template;
            }

            private static int freePort() {
                try (ServerSocket socket = new ServerSocket(0)) {
                    socket.setReuseAddress(true);
                    return socket.getLocalPort();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * A database per company on a local PostgreSQL; the name carries the process id, so parallel runs do not meet.
     * Each is created from a template this JVM made once as each company's database was made before (created
     * empty, then started by the application: migrated by the owner, the runtime account's grants), which
     * PostgreSQL copies file by file instead of running the migrations again.
     */
    private static final class Postgres extends TestDatabase {
        private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");
        private static String template;

        private final String name;
        private final String url;

        Postgres() {
            this.name = "ordo_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            this.url = url(name);
            admin("CREATE DATABASE " + name + " TEMPLATE " + template());
        }

        private static String url(String database) {
            Matcher m = URL.matcher(adminUrl());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + adminUrl());
            }
            return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
        }

        private static synchronized String template() {
            if (template == null) {
                String made = "ordo_test_" + ProcessHandle.current().pid() + "_template";
                admin("CREATE DATABASE " + made);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(made), "ordo-test-template-drop"));
                Database.open(DatabaseSettings.remote(url(made), RUNTIME_USER, RUNTIME_PASSWORD)
                        .withOwner(user(), password())).close();
                template = made;
            }
            return template;
        }

        @Override
        public DatabaseSettings settings() {
            return DatabaseSettings.remote(url, RUNTIME_USER, RUNTIME_PASSWORD).withOwner(user(), password());
        }

        @Override
        public void drop() {
            drop(name);
        }

        private static void drop(String database) {
            try (Connection c = DriverManager.getConnection(adminUrl(), user(), password())) {
                dropPostgres(c, database);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + adminUrl() + " (role " + user()
                        + ") could not drop " + database + ": " + e.getMessage(), e);
            }
        }

        /** Runs {@code sql} as the test role; a template still in use (a session of its making ending) is retried. */
        private static void admin(String sql) {
            try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
                 Statement s = c.createStatement()) {
                for (int attempt = 1; ; attempt++) {
                    try {
                        s.execute(sql);
                        break;
                    } catch (SQLException e) {
                        waitIfInUse(e, attempt);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + adminUrl() + " (role " + user() + ") refused \""
                        + sql + "\": " + e.getMessage() + ". The PostgreSQL tests need a local server with a role "
                        + "ordo/ordo with CREATEDB (.ci/run sets it up); skip them with -Dordo.test.postgres.skip=true.",
                        e);
            }
        }

        private static String adminUrl() {
            return setting("ordo.test.pg.url", "ORDO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        }

        private static String user() {
            return setting("ordo.test.pg.user", "ORDO_TEST_PG_USER", USER);
        }

        private static String password() {
            return setting("ordo.test.pg.password", "ORDO_TEST_PG_PASSWORD", PASSWORD);
        }

        private static String setting(String property, String env, String fallback) {
            String value = System.getProperty(property);
            if (value == null || value.isBlank()) {
                value = System.getenv(env);
            }
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /**
     * Drops a test database on PostgreSQL. Not {@code WITH (FORCE)}: that fails
     * when an autovacuum worker happens to be on the database, because the test
     * role may not terminate it. The role ends its own sessions, then a plain
     * DROP asks autovacuum to leave; a database still in use is retried.
     */
    public static void dropPostgres(Connection admin, String name) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Statement s = admin.createStatement()) {
                try (var rs = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                        + name + "' AND usename = current_user AND pid <> pg_backend_pid()")) {
                    while (rs.next()) {
                        // each row is one session ended
                    }
                }
                s.execute("DROP DATABASE IF EXISTS " + name);
                return;
            } catch (SQLException e) {
                waitIfInUse(e, attempt);
            }
        }
    }

    /** A moment's wait before another try at a database still in use (55006); anything else, or a 20th try, throws. */
    private static void waitIfInUse(SQLException e, int attempt) throws SQLException {
        if (!"55006".equals(e.getSQLState()) || attempt == 20) {
            throw e;
        }
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** Copies a shut-down Derby database's folder, with the owner-only permissions Derby gave its files. */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}

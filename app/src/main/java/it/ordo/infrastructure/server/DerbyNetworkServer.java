package it.ordo.infrastructure.server;

import it.ordo.domain.DomainException;
import it.ordo.infrastructure.persistence.Database;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.apache.derby.drda.NetworkServerControl;

/**
 * Apache Derby's Network Server over a data folder, so several workstations
 * share one database: {@code jdbc:derby://host:port/ordo}.
 *
 * <p>The server's {@code derby.system.home} is the data folder and the
 * database is its sub-folder {@code ordo}: that is how the name clients give
 * maps to the files. Access needs the database account: NATIVE authentication,
 * with the account (a salted, stretched hash) stored inside the database
 * itself, so it travels with every backup, and the same account opens the
 * files embedded. The server JVM also switches NATIVE authentication on for
 * the whole system ({@code NATIVE:ordo:LOCAL}): without an account of the
 * {@code ordo} database nobody can create other databases through the server
 * or shut it down.
 */
public final class DerbyNetworkServer {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 1527;
    public static final String DEFAULT_USER = DatabaseSettings.DEFAULT_ACCOUNT;
    /** The account the Ordo server's use cases run as: data privileges only (see LeastPrivilege). */
    public static final String RUNTIME_USER = "ordo_runtime";

    /** SQLState of a refused login. */
    private static final String AUTHENTICATION_FAILED = "08004";
    private static final long START_TIMEOUT_MILLIS = 30_000;

    /** What a server needs: where, on which address, the account, and Derby's SSL mode (null or "off": none). */
    public record Options(Path dataDir, String host, int port, String user, String password, String sslMode) {
        @Override
        public String toString() {
            return "Options[" + dataDir + ", " + host + ":" + port + ", user " + user + ", ssl " + sslMode + "]";
        }
    }

    /** What {@link #prepare} found: a new database, an existing one that now has its account, or one ready as it was. */
    public enum Preparation { CREATED, SECURED, READY }

    private final Options options;
    private final NetworkServerControl control;
    private final Preparation preparation;
    private boolean stopped;

    private DerbyNetworkServer(Options options, NetworkServerControl control, Preparation preparation) {
        this.options = options;
        this.control = control;
        this.preparation = preparation;
    }

    /**
     * Prepares the database and starts the server; returns once it answers.
     * Sets this JVM's Derby system properties: run one server per JVM, and no
     * embedded database of another folder in the same JVM.
     */
    public static DerbyNetworkServer start(Options options) {
        requireAccount(options.user(), options.password());
        InetAddress address = address(options.host());
        requireFreePort(address, options);
        Path home = options.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new DomainException("cli.server.folder", home.toString(), String.valueOf(e.getMessage()));
        }
        System.setProperty("derby.system.home", home.toString());
        Database.configureDerbyEngine(home.resolve("derby.log"));
        // Before anything of Derby runs: without it, NetworkServerControl may boot the engine with Derby's defaults.
        System.setProperty("derby.drda.sslMode", sslMode(options.sslMode()));
        Preparation preparation = prepare(home, options.user(), options.password());

        // From here every connection, embedded in this JVM or over the network, needs an account: of "ordo" for
        // "ordo" (its own NATIVE accounts: the owner and the runtime account), the owner's for anything else.
        OwnerAuthenticator.allow(options.user(), options.password());
        System.setProperty("derby.connection.requireAuthentication", "true");
        System.setProperty("derby.authentication.provider", OwnerAuthenticator.class.getName());
        StringWriter log = new StringWriter();
        try {
            NetworkServerControl control = new NetworkServerControl(address, options.port(), options.user(),
                    options.password());
            control.start(new PrintWriter(log, true));
            DerbyNetworkServer server = new DerbyNetworkServer(options, control, preparation);
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
            // Listening is the sign: Derby's own ping would need the server's certificate in SSL modes.
            while (!server.answers()) {
                if (System.currentTimeMillis() > deadline || log.toString().contains("Exception")) {
                    server.stop();
                    throw new DomainException("cli.server.startFailed", options.host(), String.valueOf(options.port()),
                            log.toString().strip());
                }
                Thread.sleep(100);
            }
            return server;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("cli.server.startFailed", options.host(), String.valueOf(options.port()),
                    "interrupted");
        } catch (DomainException e) {
            throw e;
        } catch (Exception e) {
            throw new DomainException("cli.server.startFailed", options.host(), String.valueOf(options.port()),
                    String.valueOf(e.getMessage()));
        }
    }

    /** A password for the runtime account, made at each start and held by the server's process only. */
    public static String newRuntimePassword() {
        byte[] random = new byte[24];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Derby reports a port in use only in its log, after start() returned: look first. */
    private static void requireFreePort(InetAddress address, Options options) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(address, options.port()));
        } catch (IOException e) {
            throw new DomainException("cli.server.portInUse", options.host(), String.valueOf(options.port()),
                    String.valueOf(e.getMessage()));
        }
    }

    public Preparation preparation() {
        return preparation;
    }

    public Path databaseFolder() {
        return options.dataDir().toAbsolutePath().resolve(DatabaseSettings.DATABASE_NAME);
    }

    /** The URL workstations give with --db-url: with this machine's name when the server listens on every address. */
    public String clientUrl() {
        String host = options.host();
        if (address(host).isAnyLocalAddress()) {
            try {
                host = InetAddress.getLocalHost().getCanonicalHostName();
            } catch (UnknownHostException e) {
                // keep the address as given
            }
        }
        return clientUrl(host, options.port());
    }

    public static String clientUrl(String host, int port) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:derby://" + shown + ":" + port + "/" + DatabaseSettings.DATABASE_NAME;
    }

    /** Is the server still listening? (A plain connection: this process knows it is its own server.) */
    public boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address(options.host()), options.port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Blocks until the server stops answering (stopped by {@code ordo server stop} or by {@link #stop()}). */
    public void awaitStop() throws InterruptedException {
        int misses = 0;
        while (misses < 2) {
            Thread.sleep(500);
            misses = answers() ? 0 : misses + 1;
        }
    }

    /** Stops the server if it still runs and shuts the database down, leaving the files clean. Safe to call twice. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (answers()) {
            try {
                control.shutdown();
            } catch (Exception e) {
                // With SSL Derby's shutdown command fails: shutting the engine down below still closes the
                // database cleanly, and the listener ends with this process.
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true", options.user(), options.password()).close();
        } catch (SQLException expected) {
            // XJ015 is Derby's "engine shut down"; 08001 means the server already shut it down
        }
    }

    /**
     * Does a server answer on this address? Without SSL, Derby's ping. Derby's
     * administration commands (ping, shutdown) fail over SSL (10.17: "Invalid
     * reply header"), so with SSL a sign-in without an account is tried
     * instead: a Derby server answers it with "authentication failed" (08004).
     */
    public static boolean ping(String host, int port, String sslMode) {
        String mode = sslMode(sslMode);
        System.setProperty("derby.drda.sslMode", mode);
        InetAddress address = address(host);
        if ("off".equals(mode)) {
            try {
                new NetworkServerControl(address, port).ping();
                return true;
            } catch (Exception e) {
                return false;
            }
        }
        try (Connection c = DriverManager.getConnection(clientUrl(host, port) + ";ssl=" + mode)) {
            return c.isValid(1);
        } catch (SQLException e) {
            return AUTHENTICATION_FAILED.equals(e.getSQLState());
        }
    }

    /** Asks the server on this address to stop; it shuts its database down first. */
    public static void shutdown(String host, int port, String user, String password, String sslMode) {
        requireAccount(user, password);
        if (!"off".equals(sslMode(sslMode))) {
            throw new DomainException("cli.server.stopWithSsl");
        }
        if (!ping(host, port, sslMode)) {
            throw new DomainException("cli.server.notRunning", host, String.valueOf(port));
        }
        try {
            new NetworkServerControl(address(host), port, user, password).shutdown();
        } catch (Exception e) {
            throw new DomainException("cli.server.stopFailed", host, String.valueOf(port), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Makes sure the data folder's database exists and has its account, with
     * the engine not yet under system-wide authentication: creates a new
     * database owned by the account; gives an existing database without
     * authentication its account, which must be the database's owner; checks
     * the account of a database that has one. Moves a database of an earlier
     * release from {@code db} to {@code ordo}. Leaves the engine shut down.
     */
    static Preparation prepare(Path home, String user, String password) {
        Path folder = DatabaseSettings.databaseFolder(home);
        Preparation result;
        try {
            result = secure(folder, user, password);
        } finally {
            shutdownEngine();
        }
        if (!folder.getFileName().toString().equals(DatabaseSettings.DATABASE_NAME)) {
            try {
                Files.move(folder, home.resolve(DatabaseSettings.DATABASE_NAME), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new DomainException("cli.server.folder", folder.toString(), String.valueOf(e.getMessage()));
            }
        }
        return result;
    }

    private static Preparation secure(Path folder, String user, String password) {
        String url = "jdbc:derby:" + folder;
        try {
            bootEngine();
            if (!Files.isRegularFile(folder.resolve("service.properties"))) {
                // The creator is the database owner: the account owns the new database.
                try (Connection c = DriverManager.getConnection(url + ";create=true", user, password)) {
                    createUser(c, user, password);
                    neverExpire(c);
                    sqlAuthorization(c);
                    c.setSchema(DatabaseSettings.DERBY_SCHEMA);
                }
                shutdownDatabase(url, user, password);
                return Preparation.CREATED;
            }
            Connection open;
            try {
                open = DriverManager.getConnection(url);
            } catch (SQLException e) {
                if (!AUTHENTICATION_FAILED.equals(e.getSQLState())) {
                    throw e;
                }
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    neverExpire(c);
                    sqlAuthorization(c);
                } catch (SQLException refused) {
                    if (AUTHENTICATION_FAILED.equals(refused.getSQLState())) {
                        throw new DomainException("cli.server.accountRefused", user);
                    }
                    throw refused;
                }
                shutdownDatabase(url, user, password);
                return Preparation.READY;
            }
            try (Connection c = open) {
                // With NATIVE authentication Derby also enforces SQL authorization: only the database owner may
                // use the tables it created, change the schema, back up or shut down. So the account must be the
                // owner (ORDO for folders created by this release, APP for older ones).
                String owner = owner(c);
                if (!owner.equals(normalized(user))) {
                    throw new DomainException("cli.server.ownerIs", folder.toString(), owner);
                }
            }
            // Connected without an account the session is APP, and Derby lets only the owner create the first
            // account: a folder set up on one workstation (owned by ORDO) was refused here. Without authentication
            // yet the password is not checked, so the owner's name is all it takes.
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                createUser(c, user, password);
                neverExpire(c);
                sqlAuthorization(c);
            }
            shutdownDatabase(url, user, password);
            return Preparation.SECURED;
        } catch (SQLException e) {
            throw new DomainException("cli.server.databaseFailed", folder.toString(), String.valueOf(e.getMessage()));
        }
    }

    private static void createUser(Connection c, String user, String password) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
            s.setString(1, user);
            s.setString(2, password);
            s.execute();
        }
    }

    /** Derby's NATIVE passwords expire after 31 days by default: a server must not lock its workstations out. */
    private static void neverExpire(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.authentication.native.passwordLifetimeMillis', '0')");
        }
    }

    /**
     * GRANT and REVOKE, and the owner alone for DDL, routines, jars and database properties (the class path
     * among them). NATIVE authentication implies it; set all the same, so no change of provider can drop it.
     * Derby reads it when the database boots: each caller shuts the database down next.
     */
    static void sqlAuthorization(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', 'true')");
        }
    }

    /** The database owner: the owner of the SYS schema. */
    private static String owner(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'SYS'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Derby's name for an account given without quotes. */
    private static String normalized(String user) {
        return user.startsWith("\"") ? user.substring(1, user.length() - 1) : user.toUpperCase(Locale.ROOT);
    }

    private static void shutdownDatabase(String url, String user, String password) {
        try {
            DriverManager.getConnection(url + ";shutdown=true", user, password).close();
        } catch (SQLException expected) {
            // 08006: shut down
        }
    }

    /** Registers the embedded driver again: a shut-down engine deregisters it. */
    private static void bootEngine() throws SQLException {
        try {
            Class.forName("org.apache.derby.jdbc.EmbeddedDriver").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Derby's embedded driver is missing", e);
        }
    }

    private static void shutdownEngine() {
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (SQLException expected) {
            // XJ015: the engine is down; the server boots it again with the system-wide authentication
        }
    }

    private static void requireAccount(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new DomainException("cli.server.noPassword");
        }
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new DomainException("cli.server.unknownHost", host);
        }
    }

    private static String sslMode(String mode) {
        return mode == null || mode.isBlank() ? "off" : mode;
    }
}

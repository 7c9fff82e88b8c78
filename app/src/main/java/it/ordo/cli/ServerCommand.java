package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.domain.DomainException;
import it.ordo.infrastructure.DataDirectory;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.infrastructure.remote.OrdoServer;
import it.ordo.infrastructure.remote.PublicApi;
import it.ordo.infrastructure.remote.RateLimiter;
import it.ordo.infrastructure.remote.Tls;
import it.ordo.infrastructure.server.DerbyNetworkServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo server start|stop|status}: the Ordo server that runs the use
 * cases for every workstation (see {@link Start}), and the control of its
 * Derby Network Server on this machine. The database account is
 * {@code --db-user} (default ordo) with its password in ORDO_DB_PASSWORD.
 */
@Command(name = "server")
final class ServerCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ServerCommand.Start.class, ServerCommand.Stop.class,
            ServerCommand.Status.class);

    private static final Map<String, String> SSL_MODES = Map.of("off", "off", "basic", "basic",
            "peerauthentication", "peerAuthentication");

    /** Where the server listens, and how: shared by the three commands. */
    abstract static class Address extends BaseCommand {

        @Option(names = "--host", paramLabel = "HOST", descriptionKey = "opt.server.host",
                defaultValue = DerbyNetworkServer.DEFAULT_HOST)
        String host;

        @Option(names = "--port", paramLabel = "PORT", descriptionKey = "opt.server.port",
                defaultValue = "" + DerbyNetworkServer.DEFAULT_PORT)
        int port;

        @Option(names = "--ssl", paramLabel = "MODE", descriptionKey = "opt.server.ssl", defaultValue = "off")
        String ssl;

        final String sslMode() {
            String mode = SSL_MODES.get(ssl.toLowerCase(Locale.ROOT));
            if (mode == null) {
                throw usageError("cli.server.badSsl", v(ssl));
            }
            return mode;
        }

        final String where() {
            return host + ":" + port;
        }

        /** --db-user, else ordo. */
        final String account() {
            return root().dbUser != null ? root().dbUser : DerbyNetworkServer.DEFAULT_USER;
        }

        final String password() {
            return root().secrets().databasePassword().orElse(null);
        }
    }

    /**
     * The Ordo server: the use cases for every workstation over HTTPS, in front of the database, which
     * is either this data folder's Derby database, served on the loopback address only (for the
     * administrator's own tools on this machine), or PostgreSQL ({@code --db-url}). Workstations hold
     * the server's address and their users' passwords, never the database account.
     */
    @Command(name = "start", sortOptions = false)
    static final class Start extends BaseCommand {

        static final int DEFAULT_PORT = 8443;

        @Option(names = "--host", paramLabel = "HOST", descriptionKey = "opt.server.listen", defaultValue = "0.0.0.0")
        String host;

        @Option(names = "--port", paramLabel = "PORT", descriptionKey = "opt.server.httpsPort",
                defaultValue = "" + DEFAULT_PORT)
        int port;

        @Option(names = "--db-port", paramLabel = "PORT", descriptionKey = "opt.server.dbPort",
                defaultValue = "" + DerbyNetworkServer.DEFAULT_PORT)
        int dbPort;

        @Option(names = "--keystore", paramLabel = "FILE", descriptionKey = "opt.server.keystore")
        Path keystore;

        @Option(names = "--session-minutes", paramLabel = "MINUTES", descriptionKey = "opt.server.sessionMinutes",
                defaultValue = "30")
        int sessionMinutes;

        @Option(names = "--db-runtime-user", paramLabel = "ACCOUNT", descriptionKey = "opt.server.runtimeUser",
                defaultValue = DerbyNetworkServer.RUNTIME_USER)
        String runtimeUser;

        @Override
        protected int execute() throws InterruptedException {
            if (sessionMinutes < 1) {
                throw usageError("cli.server.badSessionMinutes", v(sessionMinutes));
            }
            char[] keystorePassword = null;
            if (keystore != null) {
                keystorePassword = root().secrets().keystorePassword()
                        .orElseThrow(() -> new DomainException("cli.server.keystorePassword", Secrets.KEYSTORE_PASSWORD))
                        .toCharArray();
            }
            String account = root().dbUser != null ? root().dbUser : DerbyNetworkServer.DEFAULT_USER;
            String password = root().secrets().databasePassword().orElse(null);
            Path dataDir;
            DerbyNetworkServer derby = null;
            DatabaseSettings settings;
            if (root().dbUrl == null) {
                dataDir = root().dataDirectory(spec.commandLine());
                // The database port answers on this machine only: workstations reach the Ordo endpoint.
                derby = DerbyNetworkServer.start(new DerbyNetworkServer.Options(dataDir, DerbyNetworkServer.DEFAULT_HOST,
                        dbPort, account, password, "off"));
                // The use cases run as the runtime account, whose password nobody needs to know: a new one at every
                // start, held in this process only. The owner (--db-user) migrates and grants.
                settings = DatabaseSettings.remote(DerbyNetworkServer.clientUrl(DerbyNetworkServer.DEFAULT_HOST,
                        dbPort), runtimeUser, DerbyNetworkServer.newRuntimePassword()).withOwner(account, password);
            } else {
                // The data folder holds only the server's certificate here; the database is PostgreSQL, whose
                // administrator creates the runtime role (docs/server.md).
                dataDir = DataDirectory.resolve(root().dataDir);
                String runtimePassword = root().secrets().databaseRuntimePassword().orElseThrow(
                        () -> new DomainException("cli.server.runtimePassword", Secrets.DATABASE_RUNTIME_PASSWORD));
                settings = DatabaseSettings.remote(root().dbUrl, runtimeUser, runtimePassword)
                        .withOwner(root().databaseUser(password, root().dbUrl), password);
            }
            if (derby != null) {
                // Said at once: opening the database (migrating it) and making a certificate may take a while.
                out().println(t("cli.server.started." + derby.preparation().name().toLowerCase(Locale.ROOT),
                        v(DerbyNetworkServer.DEFAULT_HOST + ":" + dbPort), v(derby.databaseFolder()), v(account)));
                out().println(t("cli.server.loopbackOnly", v(DerbyNetworkServer.DEFAULT_HOST + ":" + dbPort)));
            } else {
                out().println(t("cli.server.postgres", v(settings.displayUrl())));
            }
            out().println(t("cli.server.leastPrivilege", v(settings.user()), v(settings.ownerUser())));
            out().flush();
            Running running = null;
            try {
                running = Running.start(settings, dataDir, keystore, keystorePassword,
                        new InetSocketAddress(host, port), Duration.ofMinutes(sessionMinutes), derby, true);
                Running started = running;
                Thread hook = new Thread(() -> {
                    started.close();
                    out().println(t("cli.server.ordoStopped", v(where(host, port))));
                    out().flush();
                }, "ordo-server-stop");
                Runtime.getRuntime().addShutdownHook(hook);
                out().println(t(running.identity().generated() ? "cli.server.tlsGenerated" : "cli.server.tlsKeystore",
                        v(running.identity().keystore())));
                out().println(t("cli.server.ordoStarted", v(where(host, running.endpoint().port())),
                        v(running.identity().fingerprint())));
                out().println(t("cli.server.connectOrdo", v(address(host, running.endpoint().port()))));
                out().println(t("cli.api.publicAt", v(address(host, running.endpoint().port()) + PublicApi.PREFIX)));
                out().println(t("cli.server.howToStop"));
                out().flush();
                if (derby != null) {
                    derby.awaitStop();
                } else {
                    new CountDownLatch(1).await();
                }
                running.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
                out().println(t("cli.server.ordoStopped", v(where(host, port))));
                return Cli.OK;
            } catch (RuntimeException e) {
                if (running != null) {
                    running.close();
                } else if (derby != null) {
                    derby.stop();
                }
                throw e;
            }
        }

        static String where(String host, int port) {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }

        /** The address workstations give: this machine's name when listening on every interface. */
        static String address(String host, int port) {
            String shown = host;
            if ("0.0.0.0".equals(host) || "::".equals(host)) {
                try {
                    shown = InetAddress.getLocalHost().getCanonicalHostName();
                } catch (UnknownHostException e) {
                    shown = "localhost";
                }
            }
            return "https://" + where(shown, port);
        }
    }

    /** The parts of a running Ordo server, closed in the reverse order of their start. */
    record Running(OrdoContext context, Tls.Identity identity, OrdoServer endpoint, DerbyNetworkServer derby,
                   AtomicBoolean closed) {

        /**
         * The server's graph, its TLS identity and its listener: the public API always, the workstations'
         * endpoint when {@code workstations} (not for {@code ordo api start} on a single workstation).
         */
        static Running start(DatabaseSettings settings, Path dataDir, Path keystore, char[] keystorePassword,
                             InetSocketAddress address, Duration idle, DerbyNetworkServer derby, boolean workstations) {
            // The server's own graph: nobody until a workstation signs in; each session works as its user.
            OrdoContext context = OrdoContext.open(settings, CurrentUser.NOBODY, Clock.systemDefaultZone());
            try {
                Tls.Identity identity = Tls.serverIdentity(dataDir, keystore, keystorePassword);
                PublicApi publicApi = new PublicApi(context.apiAccess(), context::as, new RateLimiter());
                OrdoServer endpoint = OrdoServer.start(new OrdoServer.Options(address, identity.context(), idle, 32),
                        context.clock(), workstations ? context.authentication() : null, context::as, publicApi);
                return new Running(context, identity, endpoint, derby, new AtomicBoolean());
            } catch (RuntimeException e) {
                context.close();
                throw e;
            }
        }

        /**
         * Stops taking requests, closes the pool, then shuts the database down. Once only: Ctrl+C runs it
         * in the shutdown hook while the main thread, seeing the database gone, would run it again. The
         * database is shut down even when a step before fails, so its files are left clean.
         */
        void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                endpoint.close();
                context.close();
            } finally {
                if (derby != null) {
                    derby.stop();
                }
            }
        }
    }

    @Command(name = "stop", sortOptions = false)
    static final class Stop extends Address {

        @Override
        protected int execute() {
            DerbyNetworkServer.shutdown(host, port, account(), password(), sslMode());
            out().println(t("cli.server.stopped", v(where())));
            return Cli.OK;
        }
    }

    @Command(name = "status", sortOptions = false)
    static final class Status extends Address {

        @Override
        protected int execute() {
            if (DerbyNetworkServer.ping(host, port, sslMode())) {
                out().println(t("cli.server.running", v(where()),
                        v(DerbyNetworkServer.clientUrl(host, port))));
                return Cli.OK;
            }
            out().println(t("cli.server.notRunning", v(host), v(port)));
            return Cli.REFUSED;
        }
    }

    private ServerCommand() {
    }
}

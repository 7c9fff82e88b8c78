package it.ordo.cli;

import it.ordo.infrastructure.server.DerbyNetworkServer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo server start|stop|status}: the Derby Network Server that lets
 * several workstations share the data folder's database. The database account
 * is {@code --db-user} (default ordo) with its password in ORDO_DB_PASSWORD.
 */
@Command(name = "server", subcommands = {ServerCommand.Start.class, ServerCommand.Stop.class,
        ServerCommand.Status.class})
final class ServerCommand {

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

    @Command(name = "start", sortOptions = false)
    static final class Start extends Address {

        @Override
        protected int execute() throws InterruptedException {
            Path dataDir = root().dataDirectory(spec.commandLine());
            String mode = sslMode();
            DerbyNetworkServer server = DerbyNetworkServer.start(new DerbyNetworkServer.Options(dataDir, host, port,
                    account(), password(), mode));
            // Ctrl+C, a service manager's SIGTERM: the database is shut down cleanly before the JVM ends.
            Thread hook = new Thread(() -> {
                server.stop();
                out().println(t("cli.server.stopped", v(where())));
                out().flush();
            }, "ordo-server-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out().println(t("cli.server.started." + server.preparation().name().toLowerCase(Locale.ROOT),
                    v(where()), v(server.databaseFolder()), v(account())));
            out().println(t("cli.server.connect", v(clientUrl(server.clientUrl(), mode)), v(account())));
            out().println(t("off".equals(mode) ? "cli.server.howToStop" : "cli.server.howToStopSsl"));
            out().flush();
            server.awaitStop();
            server.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
            out().println(t("cli.server.stopped", v(where())));
            return Cli.OK;
        }

        private static String clientUrl(String url, String mode) {
            return "off".equals(mode) ? url : url + ";ssl=" + mode;
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

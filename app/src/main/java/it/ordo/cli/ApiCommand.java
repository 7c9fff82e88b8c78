package it.ordo.cli;

import it.ordo.domain.DomainException;
import it.ordo.infrastructure.DataDirectory;
import it.ordo.infrastructure.remote.PublicApi;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo api start}: the public API for a small shop with one
 * workstation and no Ordo server, on this data folder's embedded database.
 * It is the Ordo server's own listener ({@link ServerCommand.Running}) with
 * the workstations' endpoint left out, not a second server.
 */
@Command(name = "api")
final class ApiCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ApiCommand.Start.class);

    @Command(name = "start", sortOptions = false)
    static final class Start extends BaseCommand {

        @Option(names = "--host", paramLabel = "HOST", descriptionKey = "opt.api.listen", defaultValue = "0.0.0.0")
        String host;

        @Option(names = "--port", paramLabel = "PORT", descriptionKey = "opt.api.port",
                defaultValue = "" + ServerCommand.Start.DEFAULT_PORT)
        int port;

        @Option(names = "--keystore", paramLabel = "FILE", descriptionKey = "opt.server.keystore")
        Path keystore;

        @Override
        protected int execute() throws InterruptedException {
            char[] keystorePassword = null;
            if (keystore != null) {
                keystorePassword = root().secrets().keystorePassword()
                        .orElseThrow(() -> new DomainException("cli.server.keystorePassword", Secrets.KEYSTORE_PASSWORD))
                        .toCharArray();
            }
            Path dataDir = DataDirectory.resolve(root().dataDir);
            ServerCommand.Running running = ServerCommand.Running.start(root().settings(spec.commandLine()), dataDir,
                    keystore, keystorePassword, new InetSocketAddress(host, port), Duration.ofMinutes(30), null, false);
            // Ctrl+C runs the hook; an interrupted command (a test, a service manager's thread) closes it itself.
            Thread hook = new Thread(running::close, "ordo-api-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                out().println(t(running.identity().generated() ? "cli.server.tlsGenerated" : "cli.server.tlsKeystore",
                        v(running.identity().keystore())));
                out().println(t("cli.api.started", v(ServerCommand.Start.address(host, running.endpoint().port())
                        + PublicApi.PREFIX), v(running.identity().fingerprint())));
                out().println(t("cli.api.howToStop"));
                out().flush();
                new CountDownLatch(1).await();
            } finally {
                running.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running already
                }
            }
            return Cli.OK;
        }
    }

    private ApiCommand() {
    }
}

package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.Services;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.DataDirectory;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ordo}: the global options, and the one database connection a run
 * shares, opened when a command first needs it.
 */
@Command(name = "ordo", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = OrdoCommand.Version.class, sortOptions = false, usageHelpAutoWidth = true)
final class OrdoCommand {

    /**
     * The commands under {@code ordo}, in the order the help lists them. Not in the annotation: a run adds
     * only the one it names (see {@link Cli}), since building the model of every command and option costs a
     * second of start-up on each call.
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(
            InitCommand.class, CustomerCommand.class, ProductCommand.class, PriceCommand.class,
            AvailabilityCommand.class, StockCommand.class, OrderCommand.class, SupplyCommand.class,
            ReceiveCommand.class, PriceListCommand.class, RuleCommands.Discount.class,
            RuleCommands.Promotion.class, TicketCommand.class, ReturnCommand.class, MailCommand.class,
            DelaysCommand.class,
            CheckCommand.class, UserCommand.class, ServerCommand.class, BackupCommand.class, RestoreCommand.class,
            ExportCommand.class, ReportCommand.class, WarehouseCommands.Pick.class, WarehouseCommands.Pack.class,
            WarehouseCommands.Ship.class, WarehouseCommands.Ddt.class, WarehouseCommands.Label.class,
            WarehouseCommands.Manifest.class, WarehouseCommands.Bin.class, WarehouseCommands.Carrier.class,
            CommandLine.HelpCommand.class, ApiKeyCommand.class, AgentCommand.class, ApiCommand.class,
            WarehouseCommands.Tracking.class, WarehouseCommands.Settings.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "opt.data-dir")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL", scope = ScopeType.INHERIT, descriptionKey = "opt.db-url")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "opt.db-user")
    String dbUser;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "opt.user")
    String userName;

    @Option(names = "--server", paramLabel = "URL", scope = ScopeType.INHERIT, descriptionKey = "opt.server")
    URI server;

    private final PrintStream out;
    private final PrintStream err;
    private final Texts texts;
    private final Secrets secrets;
    private final Contexts contexts;
    private final Path workingDirectory;
    private OrdoContext context;
    private SignIn signIn;
    private ServerSignIn serverSignIn;

    OrdoCommand(PrintStream out, PrintStream err, Texts texts, Secrets secrets) {
        this(out, err, texts, secrets, Contexts.OWN, null);
    }

    /**
     * {@code workingDirectory}: the caller's, against which relative file names are resolved, when it is not this
     * process's own (the resident process runs commands for callers in other folders); null for this process's.
     */
    OrdoCommand(PrintStream out, PrintStream err, Texts texts, Secrets secrets, Contexts contexts,
            Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.texts = texts;
        this.secrets = secrets;
        this.contexts = contexts;
        this.workingDirectory = workingDirectory;
    }

    /** A file named on the command line or by default, as the caller meant it: relative to the caller's folder. */
    Path file(Path name) {
        return workingDirectory == null ? name.toAbsolutePath() : workingDirectory.resolve(name);
    }

    /** The caller's folder when it is not this process's own; null otherwise. */
    Path workingDirectory() {
        return workingDirectory;
    }

    /** The data folder: --data-dir, else the caller's ORDO_DATA_DIR, else the user's folder. */
    private Path resolvedDataDirectory() {
        return DataDirectory.resolve(dataDir == null ? null : file(dataDir), secrets::environment,
                System.getProperty("os.name"), System.getProperty("user.home"));
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Texts texts() {
        return texts;
    }

    Secrets secrets() {
        return secrets;
    }

    /** The password the user signed in with ({@code --user}); null on a database without users yet. */
    String signInPassword() {
        if (serverSignIn != null) {
            return serverSignIn.password();
        }
        return signIn == null ? null : signIn.password();
    }

    /**
     * The use cases a command runs: through the Ordo server with {@code --server} (signed in there; this
     * machine holds no database account), else on the database opened as {@link #context}.
     */
    Services services(CommandLine commandLine) {
        if (server == null) {
            return context(commandLine);
        }
        return serverSignIn(commandLine).services();
    }

    /** The signed-in connection to the Ordo server ({@code --server}). */
    ServerSignIn serverSignIn(CommandLine commandLine) {
        if (serverSignIn == null) {
            if (dbUrl != null) {
                throw new CommandLine.ParameterException(commandLine, texts.get("cli.options.serverAndUrl"));
            }
            serverSignIn = new ServerSignIn(server, resolvedDataDirectory(), userName, secrets, texts, err);
            serverSignIn.open(commandLine.getCommandSpec().userObject());
        }
        return serverSignIn;
    }

    /** Where the database is: --db-url, else the embedded database in --data-dir or the default folder. */
    DatabaseSettings settings(CommandLine commandLine) {
        if (dataDir != null && dbUrl != null) {
            throw new CommandLine.ParameterException(commandLine, texts.get("cli.options.dataDirAndUrl"));
        }
        String password = secrets.databasePassword().orElse(null);
        return dbUrl != null ? DatabaseSettings.remote(dbUrl, databaseUser(password, dbUrl), password)
                : DatabaseSettings.embedded(resolvedDataDirectory(), databaseUser(password, ""), password);
    }

    /**
     * The database account: --db-user, else "ordo" when ORDO_DB_PASSWORD is set (and the URL names no user),
     * else none (an embedded database without authentication, or the account in the URL).
     */
    String databaseUser(String password, String url) {
        if (dbUser != null) {
            return dbUser;
        }
        return password != null && !url.toLowerCase(Locale.ROOT).contains("user=")
                ? DatabaseSettings.DEFAULT_ACCOUNT : null;
    }

    /** --data-dir, else ORDO_DATA_DIR, else the user's data folder; refused together with --db-url. */
    Path dataDirectory(CommandLine commandLine) {
        if (dbUrl != null) {
            throw new CommandLine.ParameterException(commandLine, texts.get("cli.options.dataDirNotUrl"));
        }
        return resolvedDataDirectory();
    }

    /**
     * Opens the database (creating and migrating an embedded one on first use) once per run, signed in
     * as {@code --user} or, on a database without users yet, as the operating-system user.
     */
    OrdoContext context(CommandLine commandLine) {
        if (server != null) {
            // Set-up, backups and checks work on the database itself, on the server machine.
            throw new CommandLine.ParameterException(commandLine, texts.get("cli.server.notThroughServer",
                    commandLine.getCommandSpec().qualifiedName()));
        }
        if (context == null) {
            DatabaseSettings settings = settings(commandLine);
            signIn = new SignIn(settings, userName, secrets, texts, contexts);
            context = signIn.open(commandLine.getCommandSpec().userObject(), Clock.systemDefaultZone());
        }
        return context;
    }

    void closeContext() {
        if (serverSignIn != null) {
            serverSignIn.close();
            serverSignIn = null;
        }
        if (context != null) {
            try {
                contexts.close(context);
            } catch (RuntimeException e) {
                // The work is committed; a failure while shutting the engine down changes nothing for the user.
                if (Errors.debugging()) {
                    e.printStackTrace(err);
                }
            } finally {
                context = null;
            }
        }
    }

    /** The version the build stamped into the jar; "development build" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {

        /** Read once: picocli asks for it again at every subcommand it adds. */
        private static final class Stamp {
            static final String[] LINES = read();
        }

        @Override
        public String[] getVersion() {
            return Stamp.LINES.clone();
        }

        private static String[] read() {
            String version = null;
            try (InputStream in = OrdoCommand.class.getResourceAsStream(
                    "/META-INF/maven/it.ordo/ordo-app/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    version = p.getProperty("version");
                }
            } catch (IOException ignored) {
                // no version stamp: fall through
            }
            return new String[] {"Ordo " + (version == null ? "(development build)" : version),
                    "Java " + Runtime.version()};
        }
    }
}

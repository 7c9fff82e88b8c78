package it.ordo.cli;

import it.ordo.i18n.Texts;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line's entry point. Exit codes: 0 done; 1 the command ran but
 * something was refused or found wrong; 2 the command line or an input file
 * is not usable; 3 the database cannot be reached.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int DATABASE = 3;

    private Cli() {
    }

    /** Runs one command for the process: standard output and error, quiet libraries. */
    public static int run(String[] args) {
        // Hibernate, Flyway and HikariCP log start-up and every SQL error they see: noise on a terminal,
        // where each failure is already told as a sentence. ORDO_DEBUG=1 brings the logs back.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", Errors.debugging() ? "info" : "off");
        }
        return run(args, System.out, System.err);
    }

    /**
     * Runs one command: data to {@code out}, messages to {@code err}; the
     * database is opened when a command first needs it and closed before
     * returning. Never throws: every failure becomes a sentence and an exit code.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Secrets.ofProcess());
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream)}, with the environment
     * given ({@code ORDO_PASSWORD}, {@code ORDO_NEW_PASSWORD}) and no terminal
     * to prompt on: for tests and for programs that run Ordo's commands.
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        return run(args, out, err, new Secrets(environment::get, null));
    }

    private static int run(String[] args, PrintStream out, PrintStream err, Secrets secrets) {
        Texts texts = Texts.forDefaultLocale();
        OrdoCommand root = new OrdoCommand(out, err, texts, secrets);
        try {
            CommandLine cmd = commandLine(root, texts, out, err, args);
            return cmd.execute(args);
        } finally {
            root.closeContext();
            out.flush();
            err.flush();
        }
    }

    /** Every command, as the help lists them. */
    static CommandLine commandLine(OrdoCommand root, Texts texts, PrintStream out, PrintStream err) {
        return commandLine(root, texts, out, err, null);
    }

    /**
     * The command line for a run of {@code args}: the root with only the command they name (and its own
     * subcommands), or with every command when they name none (the help, an unknown name, {@code help}).
     * Picocli builds its model of a command by reflection and applies the texts to every option: for all of
     * Ordo's commands that took a second of each run's start-up.
     */
    static CommandLine commandLine(OrdoCommand root, Texts texts, PrintStream out, PrintStream err, String[] args) {
        CommandLine cmd = new CommandLine(root);
        Optional<Class<?>> named = args == null ? Optional.empty() : named(cmd.getCommandSpec(), args);
        if (named.isPresent()) {
            cmd.addSubcommand(named.get());
        } else {
            OrdoCommand.SUBCOMMANDS.forEach(cmd::addSubcommand);
        }
        cmd.setResourceBundle(ResourceBundle.getBundle("it.ordo.i18n.cli", texts.locale()));
        cmd.registerConverter(BigDecimal.class, new Converters.Decimal(texts));
        cmd.registerConverter(LocalDate.class, new Converters.Date(texts));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true));
        cmd.setParameterExceptionHandler((ex, unused) -> Errors.usage(ex, texts, err));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Errors.report(ex, texts, err));
        return cmd;
    }

    /** The command {@code args} name after the global options, if it is one of Ordo's and not {@code help}. */
    private static Optional<Class<?>> named(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-")) {
                OptionSpec option = root.findOption(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
                if (option == null) {
                    return Optional.empty();
                }
                if (!arg.contains("=") && option.arity().max() > 0) {
                    i++;
                }
                continue;
            }
            for (Class<?> command : OrdoCommand.SUBCOMMANDS) {
                Command annotation = command.getAnnotation(Command.class);
                if (command != CommandLine.HelpCommand.class
                        && (annotation.name().equals(arg) || Arrays.asList(annotation.aliases()).contains(arg))) {
                    return Optional.of(command);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }
}

package it.ordo.cli;

import it.ordo.i18n.Texts;
import java.io.File;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
        return run(args, out, err, secrets, Contexts.OWN, null);
    }

    /**
     * The one way every command runs, in its own process or in the resident process ({@link ResidentProcess}),
     * which hands over the caller's environment and terminal ({@code secrets}), keeps the database open between
     * runs ({@code contexts}) and gives the caller's folder for relative file names ({@code workingDirectory},
     * null for this process's own).
     */
    static int run(String[] args, PrintStream out, PrintStream err, Secrets secrets, Contexts contexts,
            Path workingDirectory) {
        Texts texts = Texts.forDefaultLocale();
        OrdoCommand root = new OrdoCommand(out, err, texts, secrets, contexts, workingDirectory);
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
     * The command line for a run of {@code args}: the root with only the command they name, and of that command's
     * subcommands only the one they name, down the tree; at the level where the arguments name none (the help, an
     * unknown name, {@code help}, a group alone), every command of that level with all of theirs. Picocli builds
     * its model of a command by reflection and applies the texts to every option: for all of Ordo's commands
     * that took a second of each run's start-up, and a group's unused subcommands a quarter of a second more.
     */
    static CommandLine commandLine(OrdoCommand root, Texts texts, PrintStream out, PrintStream err, String[] args) {
        CommandLine cmd = new CommandLine(root);
        addSubcommands(cmd.getCommandSpec(), cmd, OrdoCommand.SUBCOMMANDS, args, 0);
        cmd.setResourceBundle(Texts.bundle("it.ordo.i18n.cli", texts.locale()));
        cmd.registerConverter(BigDecimal.class, new Converters.Decimal(texts));
        cmd.registerConverter(LocalDate.class, new Converters.Date(texts));
        Path workingDirectory = root.workingDirectory();
        if (workingDirectory != null) {
            // Files named on the command line are the caller's, relative to the caller's folder.
            cmd.registerConverter(Path.class, name -> workingDirectory.resolve(name));
            cmd.registerConverter(File.class, name -> workingDirectory.resolve(name).toFile());
        }
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true));
        cmd.setParameterExceptionHandler((ex, unused) -> Errors.usage(ex, texts, err));
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> Errors.report(ex, texts, err));
        return cmd;
    }

    /**
     * Adds to {@code parent} the one of {@code commands} that {@code args} name from {@code from} on (after the
     * global options), with its own subcommands the same way; or all of them when the arguments name none.
     */
    private static void addSubcommands(CommandSpec root, CommandLine parent, List<Class<?>> commands, String[] args,
            int from) {
        int at = args == null ? -1 : nameAt(root, args, from);
        List<String> given = args == null ? List.of() : Arrays.asList(args);
        if (at < 0 && from == 0 && (given.contains("--version") || given.contains("-V"))
                && !given.contains("--help") && !given.contains("-h")) {
            return; // the version alone needs no command
        }
        if (at >= 0) {
            for (Class<?> command : commands) {
                Command annotation = command.getAnnotation(Command.class);
                if (command != CommandLine.HelpCommand.class && (annotation.name().equals(args[at])
                        || Arrays.asList(annotation.aliases()).contains(args[at]))) {
                    parent.addSubcommand(withSubcommands(root, command, args, at + 1));
                    return;
                }
            }
        }
        for (Class<?> command : commands) {
            parent.addSubcommand(withSubcommands(root, command, null, 0));
        }
    }

    private static Object withSubcommands(CommandSpec root, Class<?> command, String[] args, int from) {
        List<Class<?>> subcommands = subcommandsOf(command);
        if (subcommands.isEmpty()) {
            return command;
        }
        CommandLine group = new CommandLine(command);
        addSubcommands(root, group, subcommands, args, from);
        return group;
    }

    /** A group's subcommands: its static {@code SUBCOMMANDS} list, as {@link OrdoCommand#SUBCOMMANDS} for the root. */
    @SuppressWarnings("unchecked")
    static List<Class<?>> subcommandsOf(Class<?> command) {
        try {
            return (List<Class<?>>) command.getDeclaredField("SUBCOMMANDS").get(null);
        } catch (NoSuchFieldException leaf) {
            return List.of();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(command + ".SUBCOMMANDS", e);
        }
    }

    /**
     * Where the next command name is in {@code args} from {@code from} on, past the global options (which every
     * command inherits); -1 when there is none, or an option other than those comes first (the help).
     */
    private static int nameAt(CommandSpec root, String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return i;
            }
            OptionSpec option = root.findOption(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
            if (option == null) {
                return -1;
            }
            if (!arg.contains("=") && option.arity().max() > 0) {
                i++;
            }
        }
        return -1;
    }
}

package it.ordo.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The little the client must understand of a command line before handing it over: the global options that take a
 * value (declared in it.ordo.cli.OrdoCommand, inherited by every command, so they may come anywhere), the data
 * folder among them, and the names of the command.
 */
final class Arguments {

    /** OrdoCommand's options with a value; any other option takes none or is the command's own. */
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("--data-dir", "--db-url", "--db-user", "--user",
            "--server");

    private Arguments() {
    }

    /** The value of a global option ({@code --name VALUE} or {@code --name=VALUE}); the last one given wins. */
    static String option(String[] args, String name) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            if (args[i].equals(name) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(name + "=")) {
                value = args[i].substring(name.length() + 1);
            }
        }
        return value;
    }

    /** The words that are not options or global options' values: the command's names, then its parameters. */
    static List<String> words(String[] args) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (GLOBAL_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                words.add(arg);
            }
        }
        return words;
    }

    /** Whether the arguments ask for the help, which picocli lays out to the terminal's width. */
    static boolean help(String[] args) {
        List<String> words = words(args);
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return !words.isEmpty() && words.get(0).equals("help");
    }

    /** Only the data folder (the desktop on it, it.ordo.Main): not a command. */
    static boolean desktop(String[] args) {
        return args.length <= 2 && args.length > 0 && args[0].startsWith("--data-dir")
                && (args.length == 2) != args[0].contains("=");
    }
}

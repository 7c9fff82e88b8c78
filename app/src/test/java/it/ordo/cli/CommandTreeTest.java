package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run builds only the commands its arguments name ({@link Cli#commandLine}): every command of the whole tree
 * must still be found that way, with the same options and help as in the whole tree, in Italian and English.
 */
class CommandTreeTest {

    @Test
    void everyCommandOfTheHelpIsBuiltWhenARunNamesIt() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            Texts texts = new Texts(locale);
            CommandLine whole = commandLine(texts, null);
            List<List<String>> paths = new ArrayList<>();
            collect(whole, new ArrayList<>(), paths);
            assertThat(paths).as("commands in the tree").hasSizeGreaterThan(100);
            for (List<String> path : paths) {
                List<String> args = new ArrayList<>(List.of("--data-dir", "/nowhere", "--user", "desk"));
                args.addAll(path);
                args.add("--help");
                CommandLine named = commandLine(texts, args.toArray(String[]::new));
                CommandLine found = find(named, path);
                assertThat(found).as("%s built for 'ordo %s'", path, String.join(" ", path)).isNotNull();
                assertThat(found.getUsageMessage()).as("help of %s", path)
                        .isEqualTo(find(whole, path).getUsageMessage());
                // only that command was built at each level: the root holds one command, not all of them
                assertThat(named.getSubcommands()).as("root of 'ordo %s'", String.join(" ", path)).hasSize(1);
            }
        }
    }

    @Test
    void aGroupAloneOrAnUnknownNameShowsEveryCommandOfItsLevel() {
        Texts texts = new Texts(Locale.ENGLISH);
        CommandLine whole = commandLine(texts, null);
        CommandLine group = commandLine(texts, new String[] {"order", "--help"}).getSubcommands().get("order");
        assertThat(group.getSubcommands().keySet())
                .containsExactlyElementsOf(whole.getSubcommands().get("order").getSubcommands().keySet())
                .contains("show", "list", "mapping");
        assertThat(commandLine(texts, new String[] {"no-such-command"}).getSubcommands().keySet())
                .containsExactlyElementsOf(whole.getSubcommands().keySet());
    }

    @Test
    void theVersionAloneBuildsNoCommand() {
        Texts texts = new Texts(Locale.ENGLISH);
        assertThat(commandLine(texts, new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(commandLine(texts, new String[] {"--version", "--help"}).getSubcommands().keySet())
                .containsExactlyElementsOf(commandLine(texts, null).getSubcommands().keySet());
    }

    private static CommandLine commandLine(Texts texts, String[] args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Cli.commandLine(new OrdoCommand(sink, sink, texts, new Secrets(Map.<String, String>of()::get, null)),
                texts, sink, sink, args);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName()) || name.equals("help")) {
                return; // an alias, or picocli's help
            }
            List<String> here = new ArrayList<>(path);
            here.add(name);
            into.add(here);
            collect(sub, here, into);
        });
    }

    private static CommandLine find(CommandLine root, List<String> path) {
        CommandLine at = root;
        for (String name : path) {
            at = at.getSubcommands().get(name);
            if (at == null) {
                return null;
            }
        }
        return at;
    }
}

package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an administrator does right after {@code init} on a new embedded
 * company: read the first password it printed, and choose their own. From
 * then on every command on that company signs in, as in real use.
 */
public final class FirstAdministrator {

    public static final String NAME = "admin";
    public static final String PASSWORD = "Amministratore-1";

    private static final Pattern FIRST = Pattern.compile("First user: admin, password (\\S+) ");

    private FirstAdministrator() {
    }

    /** Chooses {@link #PASSWORD} for the administrator {@code init} printed; returns it. */
    public static String choosePassword(String initOutput, Path dataDir) {
        Matcher m = FIRST.matcher(initOutput);
        assertThat(m.find()).as(initOutput).isTrue();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"--user", NAME, "--data-dir", dataDir.toString(), "user", "passwd"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of("ORDO_PASSWORD", m.group(1), "ORDO_NEW_PASSWORD", PASSWORD));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return PASSWORD;
    }

    /** The environment a signed-in administrator's command runs with. */
    public static Map<String, String> environment() {
        return Map.of("ORDO_PASSWORD", PASSWORD);
    }
}

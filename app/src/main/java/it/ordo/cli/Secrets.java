package it.ordo.cli;

import it.ordo.domain.DomainException;
import java.io.Console;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the command line gets passwords: the environment first
 * ({@value #PASSWORD}, {@value #NEW_PASSWORD}), then a prompt on the terminal
 * that does not echo. Never from an option: options end up in the shell's
 * history and in the list of running processes.
 */
final class Secrets {

    static final String PASSWORD = "ORDO_PASSWORD";
    static final String NEW_PASSWORD = "ORDO_NEW_PASSWORD";
    /** The database account's password (Derby Network Server, PostgreSQL): not an Ordo user's. */
    static final String DATABASE_PASSWORD = "ORDO_DB_PASSWORD";
    /** The runtime account's password on PostgreSQL (the server's use cases; the owner only migrates). */
    static final String DATABASE_RUNTIME_PASSWORD = "ORDO_DB_RUNTIME_PASSWORD";
    /** The password of the Ordo server's own keystore, when the administrator gives one. */
    static final String KEYSTORE_PASSWORD = "ORDO_KEYSTORE_PASSWORD";

    private final Function<String, String> environment;
    private final Terminal terminal;

    /** Reads a password typed on the caller's terminal without echo; null when the typing was ended (Ctrl+D). */
    interface Terminal {
        char[] readPassword(String prompt);
    }

    /**
     * {@code terminal} is null when there is no terminal to ask on (a script, a service, a test); in the resident
     * process it is the caller's, reached through the client (it.ordo.launch).
     */
    Secrets(Function<String, String> environment, Terminal terminal) {
        this.environment = environment;
        this.terminal = terminal;
    }

    /** This process's environment, and its terminal if it runs on one. */
    static Secrets ofProcess() {
        Console console = System.console();
        return new Secrets(System::getenv, console != null && console.isTerminal()
                ? prompt -> console.readPassword("%s", prompt) : null);
    }

    /** An entry of the caller's environment (the data folder's variables): the request's in the resident process. */
    String environment(String name) {
        return environment.apply(name);
    }

    /** The password of the user signing in. */
    Optional<String> password(String prompt) {
        String value = environment.apply(PASSWORD);
        if (value != null) {
            return Optional.of(value);
        }
        return terminal == null ? Optional.empty() : Optional.ofNullable(read(prompt));
    }

    /** The database account's password, from the environment only: a server or a script has no terminal. */
    Optional<String> databasePassword() {
        return Optional.ofNullable(environment.apply(DATABASE_PASSWORD)).filter(v -> !v.isEmpty());
    }

    /** The runtime account's password, from the environment only. */
    Optional<String> databaseRuntimePassword() {
        return Optional.ofNullable(environment.apply(DATABASE_RUNTIME_PASSWORD)).filter(v -> !v.isEmpty());
    }

    /** The password of the keystore given to {@code ordo server start --keystore}, from the environment only. */
    Optional<String> keystorePassword() {
        return Optional.ofNullable(environment.apply(KEYSTORE_PASSWORD)).filter(v -> !v.isEmpty());
    }

    /** A new password, typed twice on a terminal so a typing error does not lock the user out. */
    String newPassword(String prompt, String repeatPrompt) {
        String value = environment.apply(NEW_PASSWORD);
        if (value != null) {
            return value;
        }
        if (terminal == null) {
            throw new DomainException("cli.password.newRequired", NEW_PASSWORD);
        }
        String first = read(prompt);
        String second = read(repeatPrompt);
        if (first == null || !first.equals(second)) {
            throw new DomainException("cli.password.mismatch");
        }
        return first;
    }

    private String read(String prompt) {
        char[] chars = terminal.readPassword(prompt);
        if (chars == null) {
            return null;
        }
        String value = new String(chars);
        Arrays.fill(chars, '\0');
        return value;
    }
}

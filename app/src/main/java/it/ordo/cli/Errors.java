package it.ordo.cli;

import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.persistence.DatabaseStartException;
import it.ordo.infrastructure.persistence.DatabaseUnavailableException;
import java.io.PrintStream;
import java.sql.SQLException;
import picocli.CommandLine;

/** Turns every failure into a sentence on standard error and an exit code; a stack trace only with ORDO_DEBUG=1. */
final class Errors {

    private Errors() {
    }

    /** The command line itself is wrong: say what, and where to read how it goes. */
    static int usage(CommandLine.ParameterException ex, Texts texts, PrintStream err) {
        err.println(ex.getMessage());
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            var suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(texts.get("cli.usage.didYouMean", String.join(", ", suggestions)));
            }
        }
        err.println(texts.get("cli.usage.try", Verbatim.of(ex.getCommandLine().getCommandSpec().qualifiedName())));
        debug(ex, err);
        return Cli.USAGE;
    }

    static int report(Exception ex, Texts texts, PrintStream err) {
        if (ex instanceof CommandLine.ParameterException pe) {
            return usage(pe, texts, err);
        }
        if (ex instanceof FileProblem problem) {
            err.println(texts.render(problem.message()));
            debug(ex, err);
            return Cli.USAGE;
        }
        if (ex instanceof DatabaseStartException start) {
            err.println(texts.describe(start));
            debug(ex, err);
            return Cli.DATABASE;
        }
        if (databaseUnavailable(ex)) {
            err.println(texts.get("cli.error.database", Verbatim.of(rootMessage(ex))));
            debug(ex, err);
            return Cli.DATABASE;
        }
        if (ex instanceof DomainException domain) {
            err.println(texts.describe(domain));
            debug(ex, err);
            return Cli.REFUSED;
        }
        err.println(texts.get("cli.error.unexpected", Verbatim.of(String.valueOf(rootMessage(ex)))));
        if (!debugging()) {
            err.println(texts.get("cli.error.debugHint"));
        }
        debug(ex, err);
        return Cli.REFUSED;
    }

    /** Unreachable server, locked embedded folder, or a connection lost half-way (SQLState class 08). */
    static boolean databaseUnavailable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnavailableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static String rootMessage(Throwable ex) {
        if (ex instanceof DatabaseUnavailableException) {
            return ex.getMessage();
        }
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof DatabaseUnavailableException) {
                return root.getMessage();
            }
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static boolean debugging() {
        return "1".equals(System.getenv("ORDO_DEBUG"));
    }

    private static void debug(Throwable ex, PrintStream err) {
        if (debugging()) {
            ex.printStackTrace(err);
        }
    }
}

package it.ordo.ui;

import it.ordo.domain.DomainException;
import it.ordo.i18n.Texts;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns any failure into a sentence the user can act on. Business refusals
 * (a blocked customer, a stale order, a missing permission) are already
 * written for people; anything else is logged with its stack trace to the
 * log file in the data folder and shown as "what happened, what to do".
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    public static String describe(Texts texts, Throwable problem) {
        Throwable t = unwrap(problem);
        if (t instanceof DomainException domain) {
            return texts.describe(domain);
        }
        LOG.error("Unexpected failure shown to the user", t);
        if (isConnectionProblem(t)) {
            return texts.get("ui.problem.database");
        }
        return texts.get("ui.problem.unexpected", String.valueOf(t.getMessage()));
    }

    private static Throwable unwrap(Throwable problem) {
        Throwable t = problem;
        while ((t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.lang.reflect.InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A lost network, a stopped server, a closed pool: the cause chain holds an SQL state of class 08 or a timeout. */
    static boolean isConnectionProblem(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("XJ040"))) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t.getClass().getSimpleName().equals("DatabaseUnavailableException")) {
                return true;
            }
        }
        return false;
    }
}

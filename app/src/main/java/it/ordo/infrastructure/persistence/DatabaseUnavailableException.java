package it.ordo.infrastructure.persistence;

/** The database could not be opened or reached. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String where, Throwable cause) {
        super("Cannot open the database at " + where + ": " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

package it.ordo.ui.start;

/**
 * Where this workstation's data lives, as chosen on the first-run screen:
 * its own embedded database, or a shared one (an Ordo server, that is Derby
 * Network Server, or PostgreSQL) reached by host and port or by a full JDBC URL.
 */
public record ConnectionChoice(Kind kind, String host, int port, String jdbcUrl, String account, String password) {

    public enum Kind {
        EMBEDDED, ORDO_SERVER, POSTGRESQL;

        public int defaultPort() {
            return this == POSTGRESQL ? 5432 : 1527;
        }
    }

    public static ConnectionChoice embedded() {
        return new ConnectionChoice(Kind.EMBEDDED, null, 0, null, null, null);
    }

    public boolean isEmbedded() {
        return kind == Kind.EMBEDDED;
    }

    /** The JDBC URL: the one typed in full, else built from host and port (the database is always named ordo). */
    public String url() {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return jdbcUrl.trim();
        }
        return switch (kind) {
            case EMBEDDED -> null;
            case ORDO_SERVER -> "jdbc:derby://" + host + ":" + port + "/ordo";
            case POSTGRESQL -> "jdbc:postgresql://" + host + ":" + port + "/ordo";
        };
    }

    /** For the status bar: "server.office.lan:1527", never the password. */
    public String where() {
        if (isEmbedded()) {
            return "";
        }
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            return jdbcUrl.replaceAll("(?i)(password=)[^;&]*", "$1***");
        }
        return host + ":" + port;
    }
}

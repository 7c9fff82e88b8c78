package it.ordo.infrastructure.persistence;

import java.nio.file.Path;

/**
 * How to reach the database: an embedded Derby folder (the single-workstation
 * default) or a JDBC URL of a Derby Network Server or PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password, Path embeddedFolder) {

    public static DatabaseSettings embedded(Path dataDir) {
        Path folder = dataDir.resolve("db").toAbsolutePath();
        return new DatabaseSettings("jdbc:derby:" + folder, null, null, folder);
    }

    public static DatabaseSettings remote(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, null);
    }

    public boolean isEmbedded() {
        return embeddedFolder != null;
    }

    public boolean isDerby() {
        return url.startsWith("jdbc:derby:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter blanked, for messages and the status window. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}

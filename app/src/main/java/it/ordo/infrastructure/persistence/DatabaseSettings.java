package it.ordo.infrastructure.persistence;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to reach the database: an embedded Derby folder (the single-workstation
 * default) or a JDBC URL of a Derby Network Server or PostgreSQL, with the
 * database account (not an Ordo user: the application checks its own users
 * once the connection is open).
 *
 * <p>A data folder keeps its Derby database in the sub-folder {@value #DATABASE_NAME},
 * so that a Network Server whose {@code derby.system.home} is the data folder
 * serves it as {@code jdbc:derby://host:port/ordo}. Folders made by earlier
 * releases hold it in {@value #LEGACY_FOLDER}: they are used as they are, and
 * {@code ordo server start} renames the folder once.
 */
public record DatabaseSettings(String url, String user, String password, Path embeddedFolder, String ownerUser,
                               String ownerPassword) {

    /** One account for everything: the embedded database, and the administrator's own tools. */
    public DatabaseSettings(String url, String user, String password, Path embeddedFolder) {
        this(url, user, password, embeddedFolder, null, null);
    }

    /** The database's name for Network Server clients, and its folder inside the data folder. */
    public static final String DATABASE_NAME = "ordo";

    /** Where releases before the network server kept the embedded database. */
    public static final String LEGACY_FOLDER = "db";

    /**
     * The database account of a shared database unless told otherwise. Ordo creates embedded Derby
     * databases as this account, so it owns them: with authentication on, Derby lets only the owner use
     * the tables it created, back up and shut down.
     */
    public static final String DEFAULT_ACCOUNT = "ordo";

    /** Derby's schema for Ordo's tables, whichever account connects (Derby's default would be the account's own). */
    public static final String DERBY_SCHEMA = "APP";

    public static DatabaseSettings embedded(Path dataDir) {
        return embedded(dataDir, null, null);
    }

    /** An embedded database whose files carry Derby authentication (after {@code ordo server start}) needs the account. */
    public static DatabaseSettings embedded(Path dataDir, String user, String password) {
        Path folder = databaseFolder(dataDir);
        return new DatabaseSettings("jdbc:derby:" + folder, user, password, folder);
    }

    public static DatabaseSettings remote(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, null);
    }

    /** The database folder of a data folder: {@code ordo}, or {@code db} when only a folder of an earlier release is there. */
    public static Path databaseFolder(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        Path current = dir.resolve(DATABASE_NAME);
        Path legacy = dir.resolve(LEGACY_FOLDER);
        if (!Files.exists(current) && Files.isRegularFile(legacy.resolve("service.properties"))) {
            return legacy;
        }
        return current;
    }

    /**
     * Least privilege (the Ordo server): {@code ownerUser} owns the schema and runs the migrations, then
     * gives this settings' account ({@link #user()}, the runtime account) only the data privileges the use
     * cases need; the pool connects as the runtime account. See {@link LeastPrivilege}.
     */
    public DatabaseSettings withOwner(String owner, String ownerPassword) {
        return new DatabaseSettings(url, user, password, embeddedFolder, owner, ownerPassword);
    }

    /** Does an owner account migrate the schema and the runtime account ({@link #user()}) run the use cases? */
    public boolean separateOwner() {
        return ownerUser != null;
    }

    public boolean isEmbedded() {
        return embeddedFolder != null;
    }

    public boolean isDerby() {
        return url.startsWith("jdbc:derby:");
    }

    public boolean isDerbyNetwork() {
        return url.startsWith("jdbc:derby://");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter blanked, for messages and the status window. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "DatabaseSettings[" + displayUrl() + (user == null ? "" : ", user " + user)
                + (ownerUser == null ? "" : ", owner " + ownerUser) + "]";
    }
}

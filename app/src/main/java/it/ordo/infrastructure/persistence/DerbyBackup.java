package it.ordo.infrastructure.persistence;

import it.ordo.domain.DomainException;
import it.ordo.infrastructure.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Online backup and restore of a Derby database, embedded or served.
 *
 * <p>{@code SYSCS_BACKUP_DATABASE} copies the database while others keep
 * working, and the copy is transaction-consistent: it holds every transaction
 * committed when the backup began and none half-done. The backup is written
 * by the engine that runs the database, so for a Network Server the folder is
 * on the server machine. PostgreSQL has its own tools (pg_dump, pg_restore).
 */
public final class DerbyBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final String AUTHENTICATION_FAILED = "08004";

    private DerbyBackup() {
    }

    /**
     * Backs the database up into a new folder: {@code target}, which must be
     * absent or empty, or by default {@code backups/<timestamp>} in the
     * database's data folder. Returns the folder holding the copy, as the
     * engine's machine names it.
     *
     * <p>Never into a folder that holds anything: Derby's backup replaces a
     * database of the same name it finds there, so a target naming another data
     * folder, or an earlier backup, would silently lose it. For a served
     * database the folder is on the server, where this machine cannot look
     * first, so only the default (a new timestamped folder) is allowed there.
     *
     * @throws DomainException the target is not empty, a target for a served database, or the backup failed
     */
    public static String backup(Database database, Path target, Clock clock) {
        DatabaseSettings settings = database.settings();
        if (!settings.isDerby()) {
            throw new DomainException("cli.backup.postgres");
        }
        if (target != null && !settings.isEmbedded()) {
            throw new DomainException("cli.backup.toOnServer");
        }
        if (target != null && !isEmptyOrAbsent(target.toAbsolutePath())) {
            throw new DomainException("cli.backup.notEmpty", target.toAbsolutePath().toString());
        }
        try (Connection c = database.maintenanceConnection()) {
            String folder;
            if (target == null) {
                String backups = join(parent(databasePath(c)), "backups");
                folder = join(backups, STAMP.format(LocalDateTime.now(clock)));
                // Milliseconds keep two backups apart; on this machine, a clock set back cannot reuse one either.
                for (int n = 2; settings.isEmbedded() && Files.exists(Path.of(folder)); n++) {
                    folder = join(backups, STAMP.format(LocalDateTime.now(clock)) + "-" + n);
                }
            } else {
                folder = target.toAbsolutePath().toString();
            }
            if (settings.isEmbedded()) {
                OwnerOnly.createDirectories(Path.of(folder)); // the copy is as private as the database
            }
            try (CallableStatement s = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                s.setString(1, folder);
                s.execute();
            }
            c.commit();
            return folder;
        } catch (SQLException | IOException e) {
            throw new DomainException("cli.backup.failed", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Backs up a database an earlier Ordo made, before the migrations of this one change it: into
     * {@code backups/before-upgrade-V<version>-<timestamp>} beside the database, on the machine that runs it.
     * Without the copy, the migration does not start.
     *
     * @throws DatabaseStartException {@code db.start.backupFailed} when the copy cannot be made
     */
    static String beforeUpgrade(javax.sql.DataSource ds, boolean embedded, String fromVersion) {
        try (Connection c = ds.getConnection()) {
            String folder = join(join(parent(databasePath(c)), "backups"),
                    "before-upgrade-V" + fromVersion + "-" + STAMP.format(LocalDateTime.now()));
            if (embedded) {
                OwnerOnly.createDirectories(Path.of(folder));
            }
            try (CallableStatement s = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                s.setString(1, folder);
                s.execute();
            }
            c.commit();
            return folder;
        } catch (SQLException | IOException e) {
            throw new DatabaseStartException("db.start.backupFailed", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Restores a backup into a new data folder (absent or empty), as its
     * database {@code ordo}. A database with an account needs it to be opened
     * once the files are back: {@code user} and {@code password}.
     */
    public static Path restore(Path from, Path dataDir, String user, String password) {
        Path source = backupDatabase(from);
        Path home = dataDir.toAbsolutePath();
        if (!isEmptyOrAbsent(home)) {
            throw new DomainException("cli.restore.notEmpty", home.toString());
        }
        Path folder = home.resolve(DatabaseSettings.DATABASE_NAME);
        try {
            OwnerOnly.createDirectories(home);
        } catch (IOException e) {
            throw new DomainException("cli.restore.failed", home.toString(), String.valueOf(e.getMessage()));
        }
        Database.configureDerbyEngine(home.resolve("derby.log"));
        String url = "jdbc:derby:" + folder;
        try (Connection c = user == null ? DriverManager.getConnection(url + ";restoreFrom=" + source)
                : DriverManager.getConnection(url + ";restoreFrom=" + source, user, password)) {
            c.isValid(1);
        } catch (SQLException e) {
            if (AUTHENTICATION_FAILED.equals(e.getSQLState())
                    && Files.isRegularFile(folder.resolve("service.properties"))) {
                // The files are back; only opening them needs the database account.
                throw new DomainException("cli.restore.account", folder.toString());
            }
            throw new DomainException("cli.restore.failed", source.toString(), String.valueOf(e.getMessage()));
        }
        try {
            (user == null ? DriverManager.getConnection(url + ";shutdown=true")
                    : DriverManager.getConnection(url + ";shutdown=true", user, password)).close();
        } catch (SQLException expected) {
            // 08006: shut down cleanly
        }
        return folder;
    }

    /**
     * The database folder inside a backup: the folder given, or the one database folder in it (Derby names
     * it after the database: {@code ordo}, or {@code db} for a data folder of an earlier release).
     */
    static Path backupDatabase(Path from) {
        Path dir = from.toAbsolutePath();
        if (isDatabase(dir)) {
            return dir;
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                List<Path> databases = entries.filter(DerbyBackup::isDatabase).toList();
                if (databases.size() == 1) {
                    return databases.getFirst();
                }
            } catch (IOException e) {
                throw new DomainException("cli.restore.failed", dir.toString(), String.valueOf(e.getMessage()));
            }
        }
        throw new DomainException("cli.restore.notABackup", dir.toString());
    }

    private static boolean isDatabase(Path dir) {
        return Files.isRegularFile(dir.resolve("service.properties"));
    }

    private static boolean isEmptyOrAbsent(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The database's folder on the machine that runs it. */
    private static String databasePath(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_NAME()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Paths of the server's machine, which may not be this machine's kind: cut at either separator. */
    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return cut <= 0 ? path : path.substring(0, cut);
    }

    private static String join(String folder, String child) {
        char separator = folder.contains("\\") && !folder.contains("/") ? '\\' : '/';
        return folder + separator + child;
    }
}

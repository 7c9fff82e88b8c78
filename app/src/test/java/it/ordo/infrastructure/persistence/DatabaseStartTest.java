package it.ordo.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ordo.i18n.Texts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up faults of an embedded data folder, on real folders and a real Derby: an older database is
 * backed up before it is migrated, a newer one is refused untouched, a second process is told who holds the
 * database, and a read-only or full disk is named before anything is written.
 */
class DatabaseStartTest {

    private static final Texts EN = new Texts(Locale.ENGLISH);
    private static final Texts IT = new Texts(Locale.ITALIAN);

    @TempDir
    Path dir;

    @Test
    void aDatabaseOfAnEarlierVersionIsBackedUpBeforeItIsMigrated() throws Exception {
        Path data = dir.resolve("data");
        DatabaseSettings settings = DatabaseSettings.embedded(data);
        // The database an earlier Ordo left: migrated up to V12 only.
        Database.configureDerbyEngine(data.resolve("derby.log"));
        Files.createDirectories(data);
        DriverManager.getConnection("jdbc:derby:" + settings.embeddedFolder() + ";create=true;user=ordo").close();
        Flyway.configure().dataSource("jdbc:derby:" + settings.embeddedFolder(), null, null).locations("classpath:db/migration")
                .placeholders(Map.of("bytes", "BLOB")).target("12").load().migrate();
        shutdown(settings);

        try (Database db = Database.open(settings); Connection c = db.dataSource().getConnection()) {
            assertThat(latestVersion(c)).isGreaterThan(12);
        }
        List<Path> backups = list(data.resolve("backups"));
        assertThat(backups).singleElement().satisfies(b -> assertThat(b.getFileName().toString()).startsWith("before-upgrade-V12-"));
        Path copy = backups.getFirst().resolve(DatabaseSettings.DATABASE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + copy)) {
            assertThat(latestVersion(c)).as("the backup is the database as it was").isEqualTo(12);
        } finally {
            shutdownUrl("jdbc:derby:" + copy);
        }

        // Already up to date: no second backup.
        Database.open(settings).close();
        assertThat(list(data.resolve("backups"))).hasSize(1);
    }

    @Test
    void aNewDatabaseGetsNoBackup() {
        Path data = dir.resolve("fresh");
        Database.open(DatabaseSettings.embedded(data)).close();
        assertThat(data.resolve("backups")).doesNotExist();
    }

    @Test
    void aDatabaseOfANewerOrdoIsRefusedAndLeftAsItWas() throws Exception {
        Path data = dir.resolve("newer");
        DatabaseSettings settings = DatabaseSettings.embedded(data);
        int known;
        try (Database db = Database.open(settings); Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            known = latestVersion(c);
            // What a newer Ordo's migration leaves behind.
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'ordo', 1, TRUE)");
            s.executeUpdate("CREATE TABLE future_table (id INT)");
            c.commit();
        }

        DatabaseStartException refused = catchThrowableOfType(DatabaseStartException.class, () -> Database.open(settings));
        assertThat(refused.key()).isEqualTo("db.start.newer");
        assertThat(EN.describe(refused)).contains("newer Ordo", "99", String.valueOf(known));
        assertThat(IT.describe(refused)).contains("più recente", "99", String.valueOf(known));
        assertThat(data.resolve("backups")).doesNotExist();

        // Nothing was changed, and the database is not left booted: it can be opened by hand.
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + settings.embeddedFolder())) {
            assertThat(latestVersion(c)).isEqualTo(99);
        } finally {
            shutdown(settings);
        }
    }

    @Test
    void aSecondProcessIsToldWhoHoldsTheDatabaseAndOpensItOnceThatOneIsGone() throws Exception {
        Path data = dir.resolve("shared-folder");
        Database.open(DatabaseSettings.embedded(data)).close(); // created here: the child only opens it
        Process holder = ChildJava.start(HoldDatabase.class.getName(), data.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.equals("open")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the holder opened the database:\n" + seen).isEqualTo("open");

            DatabaseStartException refused = catchThrowableOfType(DatabaseStartException.class,
                    () -> Database.open(DatabaseSettings.embedded(data)));
            assertThat(refused.key()).isEqualTo("db.start.inUse");
            String who = System.getProperty("user.name");
            assertThat(EN.describe(refused)).contains("open in another Ordo", who, "process " + holder.pid());
            assertThat(IT.describe(refused)).contains("aperto in un altro Ordo", who, "processo " + holder.pid());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }

        // The holder died without closing: Derby's lock went with it, and the owner file is this process's now.
        try (Database db = Database.open(DatabaseSettings.embedded(data))) {
            assertThat(Files.readString(data.resolve("ordo.owner"))).contains("pid=" + ProcessHandle.current().pid());
        }
        assertThat(data.resolve("ordo.owner")).as("removed on close").doesNotExist();
    }

    @Test
    void aReadOnlyDiskIsNamedAtStart() throws Exception {
        Path mount = dir.resolve("ro-disk");
        Files.createDirectories(mount);
        mountTmpfs(mount, "128m");
        try {
            // A data folder on a disk that became read-only (no database opened here: Derby's log would keep
            // the file system busy).
            Files.writeString(Files.createDirectories(mount.resolve("data")).resolve("workstation.properties"), "");
            assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
            assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(mount.resolve("data"))))
                    .isInstanceOfSatisfying(DatabaseStartException.class, e -> {
                        assertThat(e.key()).isEqualTo("db.start.readOnly");
                        assertThat(EN.describe(e)).contains("cannot be written", mount.resolve("data").toString());
                        assertThat(IT.describe(e)).contains("Non è possibile scrivere", mount.resolve("data").toString());
                    });
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void aFullDiskIsNamedAtStartBeforeADatabaseIsCreated() throws Exception {
        Path mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        mountTmpfs(mount, "2m");
        try {
            Path data = mount.resolve("data");
            assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(data)))
                    .isInstanceOfSatisfying(DatabaseStartException.class, e -> {
                        assertThat(e.key()).isEqualTo("db.start.diskFull");
                        assertThat(EN.describe(e)).contains("is full", data.toString());
                        assertThat(IT.describe(e)).contains("è pieno", data.toString());
                    });
            assertThat(data.resolve(DatabaseSettings.DATABASE_NAME)).doesNotExist();
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    /** A small real file system of its own; needs the right to mount (root, as on the CI machines). */
    private static void mountTmpfs(Path where, String size) throws Exception {
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", where.toString()) == 0,
                "this machine does not let the tests mount a small file system");
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    private static int latestVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            int max = 0;
            while (rs.next()) {
                max = Math.max(max, Integer.parseInt(rs.getString(1)));
            }
            return max;
        }
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    private static void shutdown(DatabaseSettings settings) {
        shutdownUrl("jdbc:derby:" + settings.embeddedFolder());
    }

    private static void shutdownUrl(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: shut down
        }
    }
}

package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ordo backup} and {@code ordo restore} as an administrator types them. */
class BackupCommandTest {

    @TempDir
    Path dir;

    /** The company every test copies: set up once, as {@link #company} did it for each before. */
    @TempDir
    static Path setUp;

    record Result(int exit, String out, String err) {
    }

    /**
     * {@code init} of a new company and the administrator's first password, checked once: every test backs up,
     * restores into or refuses to overwrite a data folder of its own, a copy of this closed one (as an
     * administrator copies a data folder), instead of creating and migrating a database of its own each time.
     */
    @BeforeAll
    static void aCompanySetUpByTheCommands() {
        Path data = setUp.resolve("company");
        Result init = anonymous("--data-dir", data.toString(), "init", "--company-name", "Prova S.r.l.",
                "--vat-number", "00743110157");
        assertThat(init.exit()).as(init.err()).isZero();
        FirstAdministrator.choosePassword(init.out(), data);
    }

    @Test
    void backupThenRestoreIntoANewFolderGivesTheSameCompany() {
        String data = company("data");

        Result backup = run("--data-dir", data, "backup");
        assertThat(backup.exit()).as(backup.err()).isZero();
        String folder = backup.out().strip().replace("Backup written to ", "");
        assertThat(Path.of(folder)).startsWith(dir.resolve("data/backups"));
        assertThat(Path.of(folder).resolve("ordo/service.properties")).exists();

        Result intoUsed = run("--data-dir", data, "restore", "--from", folder);
        assertThat(intoUsed.exit()).isEqualTo(Cli.REFUSED);
        assertThat(intoUsed.err()).contains("is not empty");

        String copy = dir.resolve("copy").toString();
        Result restore = run("--data-dir", copy, "restore", "--from", folder);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains(Path.of(copy, "ordo").toString());
        Result check = run("--data-dir", copy, "init");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("already set up");
    }

    @Test
    void backupToAChosenFolder() {
        String data = company("data");
        Path to = dir.resolve("chosen");

        Result backup = run("--data-dir", data, "backup", "--to", to.toString());

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains(to.toString());
        assertThat(Files.isRegularFile(to.resolve("ordo/service.properties"))).isTrue();
    }

    @Test
    void aBackupNeverReplacesAnotherDataFoldersDatabaseOrAnEarlierBackup() throws Exception {
        String data = company("data");
        String other = company("other");
        Path otherDatabase = Path.of(other, "ordo");
        FileTime before = Files.getLastModifiedTime(otherDatabase.resolve("service.properties"));
        Path chosen = dir.resolve("chosen");
        assertThat(run("--data-dir", data, "backup", "--to", chosen.toString()).exit()).isZero();
        FileTime first = Files.getLastModifiedTime(chosen.resolve("ordo/service.properties"));

        Result intoOther = run("--data-dir", data, "backup", "--to", other);
        Result again = run("--data-dir", data, "backup", "--to", chosen.toString());

        assertThat(intoOther.exit()).isEqualTo(Cli.REFUSED);
        assertThat(intoOther.err()).contains("The folder " + Path.of(other).toAbsolutePath() + " is not empty");
        assertThat(intoOther.out()).isEmpty();
        assertThat(again.exit()).isEqualTo(Cli.REFUSED);
        assertThat(Files.getLastModifiedTime(otherDatabase.resolve("service.properties"))).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(chosen.resolve("ordo/service.properties"))).isEqualTo(first);
        try (var entries = Files.list(Path.of(other))) {
            assertThat(entries.map(p -> p.getFileName().toString())).doesNotContain("ordo.OLD");
        }
        Result otherStillThere = run("--data-dir", other, "init");
        assertThat(otherStillThere.exit()).as(otherStillThere.err()).isZero();
        assertThat(otherStillThere.out()).contains("already set up");
    }

    @Test
    void withoutToEveryBackupIsANewFolder() {
        String data = company("data");

        Result one = run("--data-dir", data, "backup");
        Result two = run("--data-dir", data, "backup");

        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.exit()).as(two.err()).isZero();
        Path first = Path.of(one.out().strip().replace("Backup written to ", ""));
        Path second = Path.of(two.out().strip().replace("Backup written to ", ""));
        assertThat(second).isNotEqualTo(first).startsWith(dir.resolve("data/backups"));
        assertThat(first.resolve("ordo/service.properties")).exists();
        assertThat(second.resolve("ordo/service.properties")).exists();
    }

    @Test
    void postgresIsBackedUpWithItsOwnTools() {
        Result r = run("--db-url", "jdbc:postgresql://127.0.0.1:1/ordo", "backup");

        assertThat(r.exit()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("pg_dump").contains("docs/server.md");
    }

    /** A company in {@code name}, its administrator's password chosen; returns its data folder. */
    private String company(String name) {
        Path from = setUp.resolve("company");
        Path data = dir.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, data.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data.toString();
    }

    /** A command as the companies' administrator. */
    private static Result run(String... args) {
        String[] signedIn = new String[args.length + 2];
        signedIn[0] = "--user";
        signedIn[1] = FirstAdministrator.NAME;
        System.arraycopy(args, 0, signedIn, 2, args.length);
        return run(FirstAdministrator.environment(), signedIn);
    }

    private static Result anonymous(String... args) {
        return run(Map.of(), args);
    }

    private static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

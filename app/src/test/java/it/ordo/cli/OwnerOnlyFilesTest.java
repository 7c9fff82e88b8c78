package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company's files are its owner's alone (POSIX): the data folder, the
 * database's files, derby.log and every backup give nothing to the group or
 * to other users of the machine, whatever the umask.
 */
class OwnerOnlyFilesTest {

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    @TempDir
    Path dir;

    @Test
    void theDataFolderTheDatabaseAndItsBackupsAreReadableOnlyByTheirOwner() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path data = dir.resolve("new/company");
        String[] init = run(Map.of(), "--data-dir", data.toString(), "init", "--company-name", "Prova S.r.l.",
                "--vat-number", "00743110157");
        assertThat(init[0]).as(init[2]).isEqualTo("0");
        FirstAdministrator.choosePassword(init[1], data);
        Path chosen = dir.resolve("copies/chosen");

        String[] backup = run(FirstAdministrator.environment(), "--user", FirstAdministrator.NAME, "--data-dir",
                data.toString(), "backup");
        String[] backupTo = run(FirstAdministrator.environment(), "--user", FirstAdministrator.NAME, "--data-dir",
                data.toString(), "backup", "--to", chosen.toString());

        assertThat(backup[0]).as(backup[2]).isEqualTo("0");
        assertThat(backupTo[0]).as(backupTo[2]).isEqualTo("0");
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(OWNER_FOLDER);
        assertThat(Files.getPosixFilePermissions(data.resolve("backups")))
                .isEqualTo(OWNER_FOLDER);
        List<Path> exposed = new ArrayList<>();
        exposed.addAll(openToOthers(data));
        exposed.addAll(openToOthers(chosen));
        String log = System.getProperty("derby.stream.error.file");
        if (log != null && Files.exists(Path.of(log))) {
            exposed.addAll(openToOthers(Path.of(log))); // one derby.log per JVM: the first database's folder
        }
        assertThat(exposed).isEmpty();
        assertThat(data.resolve("ordo/service.properties")).exists();
        assertThat(chosen.resolve("ordo/service.properties")).exists();
    }

    /** Every file and folder under {@code root} (itself included) that the group or others may use. */
    private static List<Path> openToOthers(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> {
                try {
                    Set<PosixFilePermission> granted = Files.getPosixFilePermissions(p);
                    granted.retainAll(OTHERS);
                    return !granted.isEmpty();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static String[] run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new String[] {"" + exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

}

package it.ordo.ui.desk;

import it.ordo.OrdoContext;
import it.ordo.demo.DemoCompany;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A data folder holding the demo company, made once per test run (it takes a
 * minute or two) and shared by the desktop tests and the screenshot tour, as a
 * workstation that chose "this workstation only" with the demo company.
 */
public final class DemoDataFolder {

    private static Path folder;

    private DemoDataFolder() {
    }

    public static synchronized Path get() {
        if (folder == null) {
            try {
                Path dir = Files.createTempDirectory("ordo-desk");
                String prebuilt = System.getProperty("ordo.test.demo");
                if (prebuilt != null) {
                    // While developing: a copy of a demo data folder made earlier, to skip the minutes of generation.
                    copy(Path.of(prebuilt), dir);
                    Files.writeString(dir.resolve("workstation.properties"), "database=embedded\ndemo=true\nlanguage=en-GB\n");
                    folder = dir;
                    return folder;
                }
                try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(dir), () -> "demo",
                        Clock.systemDefaultZone())) {
                    ctx.generateDemo(new DemoCompany(), 42L, null);
                }
                Files.writeString(dir.resolve("workstation.properties"), "database=embedded\ndemo=true\nlanguage=en-GB\n");
                folder = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("db.lck")) {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Sets the language the next desktop started on this folder opens in ("en-GB", "it-IT"). */
    public static void language(String tag) {
        try {
            Path file = get().resolve("workstation.properties");
            Files.writeString(file, Files.readString(file).replaceAll("language=.*", "language=" + tag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

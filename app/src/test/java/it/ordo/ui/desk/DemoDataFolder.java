package it.ordo.ui.desk;

import it.ordo.testing.SharedDemo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data folder holding the demo company (a copy of the {@link SharedDemo one made
 * for the test run}), shared by this JVM's desktop tests and the screenshot tour,
 * as a workstation that chose "this workstation only" with the demo company.
 */
public final class DemoDataFolder {

    private static Path folder;

    private DemoDataFolder() {
    }

    public static synchronized Path get() {
        if (folder == null) {
            try {
                Path dir = Files.createTempDirectory("ordo-desk");
                SharedDemo.copyTo(dir);
                Files.writeString(dir.resolve("workstation.properties"), "database=embedded\ndemo=true\nlanguage=en-GB\n");
                folder = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
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

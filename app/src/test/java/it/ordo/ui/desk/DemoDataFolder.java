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
                try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(dir), () -> "demo",
                        Clock.systemDefaultZone())) {
                    DemoCompany.generate(ctx, 42L, line -> { });
                }
                Files.writeString(dir.resolve("workstation.properties"), "database=embedded\ndemo=true\nlanguage=en-GB\n");
                folder = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}

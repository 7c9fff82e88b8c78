package it.ordo.infrastructure.persistence;

import java.nio.file.Path;

/** A second Ordo process: opens the embedded database of a data folder, says "open" and keeps it until killed. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseSettings.embedded(Path.of(args[0])))) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}

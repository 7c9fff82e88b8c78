package it.ordo.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The desktop's own settings on this workstation, in
 * {@code <data folder>/workstation.properties}: which database to open
 * (embedded or shared, with the database account), the language, the theme
 * and the last user who signed in. The file holds the database account's
 * password, so on POSIX systems it is readable by its owner only.
 */
public final class WorkstationConfig {

    public static final String FILE = "workstation.properties";

    private final Path file;
    private final Properties values = new Properties();

    private WorkstationConfig(Path file) {
        this.file = file;
    }

    /** The settings of this data folder; empty (a first run) when the file does not exist. */
    public static WorkstationConfig load(Path dataDir) {
        WorkstationConfig config = new WorkstationConfig(dataDir.resolve(FILE));
        if (Files.isRegularFile(config.file)) {
            try (Reader in = Files.newBufferedReader(config.file, StandardCharsets.UTF_8)) {
                config.values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return config;
    }

    /** No database chosen yet on this workstation. */
    public boolean isFirstRun() {
        return !values.containsKey("database");
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    public WorkstationConfig set(String key, String value) {
        if (value == null || value.isBlank()) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        return this;
    }

    public void save() {
        try {
            OwnerOnly.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "workstation", ".tmp");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException windows) {
                // NTFS: the per-user profile folder already keeps other users out.
            }
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "Ordo workstation settings");
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package it.ordo.infrastructure.persistence;

import it.ordo.infrastructure.OwnerOnly;
import it.ordo.launch.Resident;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What is checked and kept beside an embedded database, so that a start that
 * cannot work says why before Derby or Hibernate fail deep inside:
 * <ul>
 * <li>the data folder must be writable and have room ({@link #requireWritable});</li>
 * <li>the owner file {@code <database>.owner} names who holds the database (user, host, process,
 * since when): Derby's own {@code db.lck} keeps a second process out but says nothing of whom;</li>
 * <li>the marker {@code <database>.demo-incomplete} exists while the demo company is being made: a first start
 * killed half-way leaves it, and the next start begins again on an empty database.</li>
 * </ul>
 */
public final class DataFolderGuard {

    /** Below this the database's log and checkpoints cannot be written safely; a start is refused. */
    static final long MIN_FREE_BYTES = Long.getLong("ordo.minFreeBytes", 64L * 1024 * 1024);

    /** Derby: "Another instance of Derby may have already booted the database". */
    private static final String ALREADY_BOOTED = "XSDB6";

    private DataFolderGuard() {
    }

    /**
     * Creates the data folder if needed, then proves it can be written and has room.
     *
     * @throws DatabaseStartException {@code db.start.readOnly} or {@code db.start.diskFull}
     */
    public static void requireWritable(Path home) {
        try {
            OwnerOnly.createDirectories(home); // the company's folder is its owner's alone, as the database in it
            Path probe = Files.createTempFile(home, ".write-check", ".tmp");
            try {
                Files.write(probe, new byte[4096], StandardOpenOption.SYNC);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (AccessDeniedException e) {
            throw new DatabaseStartException("db.start.readOnly", home.toString());
        } catch (FileSystemException e) {
            throw classify(home, e);
        } catch (IOException e) {
            throw classify(home, e);
        }
        long free;
        try {
            free = Files.getFileStore(home).getUsableSpace();
        } catch (IOException e) {
            return; // the store cannot say: the write above is the proof that matters
        }
        if (free < MIN_FREE_BYTES) {
            throw new DatabaseStartException("db.start.diskFull", home.toString(), free / (1024 * 1024),
                    MIN_FREE_BYTES / (1024 * 1024));
        }
    }

    private static DatabaseStartException classify(Path home, IOException e) {
        String reason = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage());
        if (reason.contains("No space left")) {
            return new DatabaseStartException("db.start.diskFull", home.toString(), 0, MIN_FREE_BYTES / (1024 * 1024));
        }
        if (reason.contains("Read-only file system") || reason.contains("Permission denied")
                || reason.contains("Access is denied")) {
            return new DatabaseStartException("db.start.readOnly", home.toString());
        }
        return new DatabaseStartException("db.start.folder", home.toString(), reason);
    }

    static Path ownerFile(Path databaseFolder) {
        return databaseFolder.resolveSibling(databaseFolder.getFileName() + ".owner");
    }

    static Path demoMarker(Path databaseFolder) {
        return databaseFolder.resolveSibling(databaseFolder.getFileName() + ".demo-incomplete");
    }

    /** Written once this process has booted the database: whoever is refused next reads it. */
    static void claim(Path databaseFolder) {
        Properties owner = new Properties();
        owner.setProperty("user", System.getProperty("user.name", "?"));
        owner.setProperty("host", hostName());
        owner.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        owner.setProperty("since", Instant.now().toString());
        owner.setProperty("program", ManagementFactory.getRuntimeMXBean().getName());
        if (Boolean.getBoolean(Resident.PROPERTY)) {
            owner.setProperty("resident", "true"); // asked to let go when another process needs the database
        }
        Path file = ownerFile(databaseFolder);
        try {
            Files.deleteIfExists(file); // left by a process that died: this one holds Derby's lock now
            var text = new java.io.StringWriter();
            owner.store(text, "Who has this Ordo database open (removed when it closes)");
            OwnerOnly.writeString(file, text.toString());
        } catch (IOException e) {
            // Only the message to a second process would be poorer; the database itself is fine.
        }
    }

    /** Removes the owner file if it is still this process's. */
    static void release(Path databaseFolder) {
        Path file = ownerFile(databaseFolder);
        Properties owner = read(file);
        if (owner != null && Long.toString(ProcessHandle.current().pid()).equals(owner.getProperty("pid"))) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A stale owner file is harmless: the next process that boots the database overwrites it.
            }
        }
    }

    /** Derby refused to boot because another process holds the database: say who, from the owner file. */
    static boolean heldByAnother(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if (ALREADY_BOOTED.equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * When the database's holder is the resident process that runs the {@code ordo} command (it.ordo.launch), asks
     * it to let go and waits until it has: the desktop and a command in a process of its own come first. True
     * when it did, so the boot is worth trying again.
     */
    static boolean releasedByResident(Path databaseFolder) {
        Properties owner = read(ownerFile(databaseFolder));
        if (owner == null || !"true".equals(owner.getProperty("resident"))
                || Long.toString(ProcessHandle.current().pid()).equals(owner.getProperty("pid"))) {
            return false;
        }
        return Resident.release(databaseFolder.getParent(), System.getenv());
    }

    static DatabaseStartException inUse(Path databaseFolder) {
        Properties owner = read(ownerFile(databaseFolder));
        if (owner == null) {
            return new DatabaseStartException("db.start.inUseUnknown", databaseFolder.toString());
        }
        return new DatabaseStartException("db.start.inUse", databaseFolder.toString(), owner.getProperty("user", "?"),
                owner.getProperty("host", "?"), owner.getProperty("pid", "?"),
                Instant.parse(owner.getProperty("since", Instant.EPOCH.toString())).atZone(java.time.ZoneId.systemDefault()));
    }

    private static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(file)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", "?"));
        }
    }

    /** Marks the start of the demo company's generation; {@link #demoFinished} removes the mark. */
    static void demoStarted(Path databaseFolder) {
        try {
            Path marker = demoMarker(databaseFolder);
            Files.deleteIfExists(marker);
            OwnerOnly.writeString(marker, Instant.now().toString());
            try (var channel = java.nio.channels.FileChannel.open(marker, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before the first use case: a power cut must not lose the mark
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void demoFinished(Path databaseFolder) {
        try {
            Files.deleteIfExists(demoMarker(databaseFolder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean demoInterrupted(Path databaseFolder) {
        return Files.exists(demoMarker(databaseFolder));
    }

    /** Deletes a half-made database folder (its database shut down), then the marker. */
    static void discard(Path databaseFolder) {
        try {
            if (Files.exists(databaseFolder)) {
                try (Stream<Path> all = Files.walk(databaseFolder)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.deleteIfExists(demoMarker(databaseFolder));
        } catch (IOException e) {
            throw new DatabaseStartException("db.start.folder", databaseFolder.toString(), String.valueOf(e.getMessage()));
        }
    }
}

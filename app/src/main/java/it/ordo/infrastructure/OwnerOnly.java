package it.ordo.infrastructure;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders for a company's data (the data folder, its backups) that only
 * their owner can read: the database holds customers, prices and password
 * hashes, and other accounts on the same machine have no business in it.
 * On POSIX systems the folders are made 0700; on Windows the per-user
 * application-data folder is private already, and the system's ACLs apply.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates the folder and any missing parents, each new one readable only by its owner; existing ones stay as they are. */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        if (!absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createDirectories(absolute);
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(FOLDER);
        try {
            // Created with these permissions from the start (the umask can only take away), never briefly open.
            return Files.createDirectory(absolute, ownerOnly);
        } catch (FileAlreadyExistsException raced) {
            return absolute; // another process made it at the same moment: it is there, as it is
        }
    }

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** Writes a new file (a secret) readable only by its owner from the moment it exists. */
    public static void writeString(Path file, String content) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        }
        Files.writeString(file, content, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Makes an existing file readable only by its owner (one another program created). */
    public static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }
}

package it.ordo.launch;

import it.ordo.infrastructure.DataDirectory;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

/**
 * What the {@code ordo} command's small client ({@link ResidentClient}) and the resident process that runs its
 * commands share: where the socket of a data folder is, the build's identity, and the frames they exchange. JDK
 * classes only: the client loads this and nothing of the application (docs/startup.md, "The resident process").
 *
 * <p>A request is {@link #MAGIC}, the build's identity, a kind ({@link #RUN}, {@link #STATUS}, {@link #STOP},
 * {@link #RELEASE}) and, for a run, the command (see {@link Request}). The answers are frames: a type byte and its
 * content ({@link #OUT}, {@link #ERR}, {@link #PROMPT}, {@link #EXIT}, {@link #FALLBACK}, {@link #MISMATCH}).
 */
public final class Resident {

    static final int MAGIC = 0x4f52444f; // "ORDO"

    public static final byte RUN = 1;
    public static final byte STATUS = 2;
    public static final byte STOP = 3;
    /** Close the database and exit: another process (the desktop, a command in its own process) needs it. */
    public static final byte RELEASE = 4;

    public static final byte OUT = 1;
    public static final byte ERR = 2;
    /** A password to type on the caller's terminal, not echoed: the prompt, answered by the client. */
    public static final byte PROMPT = 3;
    public static final byte EXIT = 4;
    /** The command must run in the caller's own process: the client exits with {@link ResidentClient#FALLBACK}. */
    public static final byte FALLBACK = 5;
    /** The resident process is of another build: it exits, and the client starts one of its own build. */
    public static final byte MISMATCH = 6;

    /** The environment variable that turns the resident process off ("0"): every command in its own process. */
    public static final String SWITCH = "ORDO_RESIDENT";
    /** Set by the client on the process it starts: serve the data folder it names (read by it.ordo.Main). */
    public static final String SERVE = "ORDO_RESIDENT_SERVE";
    /** Minutes without a command after which the resident process exits (default {@value #DEFAULT_IDLE_MINUTES}). */
    public static final String IDLE = "ORDO_RESIDENT_IDLE_MINUTES";
    public static final int DEFAULT_IDLE_MINUTES = 15;
    /** Set in the resident process: the owner file of the database it opens says so (DataFolderGuard). */
    public static final String PROPERTY = "ordo.resident";

    /**
     * Unix-domain socket paths are limited to 108 bytes (sun_path) on Linux, 104 on macOS; with room for the JDK's
     * own terminating zero, a path this long or shorter fits everywhere.
     */
    private static final int MAX_SOCKET_PATH = 100;

    private Resident() {
    }

    /**
     * The socket of the resident process that serves {@code dataFolder}: {@code <data>/.resident/socket}, in a
     * folder only the user can open; when that path is too long for a socket, a folder of the user's own under
     * {@code $XDG_RUNTIME_DIR} (or the temporary folder) named by a hash of the data folder.
     */
    public static Path socket(Path dataFolder, Map<String, String> environment) {
        Path inData = dataFolder.resolve(".resident").resolve("socket");
        if (inData.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return inData;
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        Path base = runtime != null && !runtime.isBlank() ? Path.of(runtime)
                : Path.of(System.getProperty("java.io.tmpdir"));
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return base.resolve("ordo-" + user).resolve(hash(dataFolder.toString()) + ".socket");
    }

    /**
     * Creates the socket's folder readable only by this user, or checks that an existing one is: a folder another
     * user made (in a shared temporary folder) or opened to others is refused, so no one else can reach the socket.
     */
    public static void privateFolder(Path socket) throws IOException {
        Path folder = socket.getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.getParent());
            try {
                if (posix) {
                    Files.createDirectory(folder,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made by another client at the same moment: checked below like any existing one
            }
        }
        if (posix) {
            String owner = Files.getOwner(folder).getName();
            String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
            if (!owner.equals(System.getProperty("user.name")) || !permissions.equals("rwx------")) {
                throw new IOException(folder + ": not this user's alone (" + owner + ", " + permissions + ")");
            }
        }
    }

    /** Connects to the socket, or null when no resident process listens there. */
    public static SocketChannel connect(Path socket) {
        if (!Files.exists(socket)) {
            return null;
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                return null; // a socket file left by a process that died: nobody listens
            }
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * This build's identity: the version and the jar's size and time. A resident process of another build (an
     * upgrade installed meanwhile) must not run this build's commands. {@code -Dordo.resident.build} overrides it
     * (the tests' two "builds" of one class path).
     */
    public static String build() {
        String given = System.getProperty("ordo.resident.build");
        if (given != null) {
            return given;
        }
        String version = "development";
        try (InputStream in = Resident.class.getResourceAsStream("/META-INF/maven/it.ordo/ordo-app/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                version = p.getProperty("version", version);
            }
        } catch (IOException ignored) {
            // no stamp: the jar's size and time still tell builds apart
        }
        try {
            Path code = Path.of(Resident.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return version + "/" + Files.size(code) + "/" + Files.getLastModifiedTime(code).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // unknown location: the version alone
        }
        return version;
    }

    /**
     * The data folder a command works on, as {@link DataDirectory} resolves it, with a relative {@code --data-dir}
     * or ORDO_DATA_DIR taken from the caller's folder. Resolved here, before any of the application is loaded, to
     * find the socket.
     */
    public static Path dataFolder(String[] args, Map<String, String> env, Path workingDirectory) {
        String option = Arguments.option(args, "--data-dir");
        String fromEnv = env.get("ORDO_DATA_DIR");
        String given = option != null ? option : fromEnv != null && !fromEnv.isBlank() ? fromEnv : null;
        return DataDirectory.resolve(given == null ? null : workingDirectory.resolve(given).normalize(), env,
                System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * Asks the resident process of {@code dataFolder}, if one runs, to close the database and exit, and waits until
     * it has: the desktop, a command run in its own process or the server needs the database the resident process
     * holds. True when a resident process was there and is gone.
     */
    public static boolean release(Path dataFolder, Map<String, String> environment) {
        SocketChannel channel = connect(socket(dataFolder, environment));
        if (channel == null) {
            return false;
        }
        try (channel) {
            DataOutputStream out = new DataOutputStream(java.nio.channels.Channels.newOutputStream(channel));
            DataInputStream in = new DataInputStream(java.nio.channels.Channels.newInputStream(channel));
            begin(out, build(), RELEASE);
            out.flush();
            // "pid N", once it has closed the database. Derby's lock goes with the process: wait for it to be gone.
            awaitExit(readString(in));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Waits (up to 30 s) for the process a stopped resident process named in its answer ("pid N") to be gone;
     * a process still there after that leaves the caller's next step to say what holds what.
     */
    static void awaitExit(String answer) {
        long pid = Long.parseLong(answer.substring(answer.indexOf(' ') + 1).strip());
        ProcessHandle.of(pid).ifPresent(process -> {
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // still there
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > 16 * 1024 * 1024) {
            throw new IOException("frame too long: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Starts a request: the protocol's mark, the build, the kind. */
    public static void begin(DataOutputStream out, String build, byte kind) throws IOException {
        out.writeInt(MAGIC);
        writeString(out, build);
        out.writeByte(kind);
    }

    /** The request's header as the resident process reads it; refuses a stream that is not a client's. */
    public static Header readHeader(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not an Ordo client");
        }
        return new Header(readString(in), in.readByte());
    }

    public record Header(String build, byte kind) {
    }

    /** Writes one frame of output ({@link #OUT}, {@link #ERR}). */
    public static void writeBytes(DataOutputStream out, byte type, byte[] bytes, int offset, int length)
            throws IOException {
        out.writeByte(type);
        out.writeInt(length);
        out.write(bytes, offset, length);
    }

    public static void writeText(DataOutputStream out, String value) throws IOException {
        writeString(out, value);
    }

    public static String readText(DataInputStream in) throws IOException {
        return readString(in);
    }
}

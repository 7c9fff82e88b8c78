package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.CurrentUser;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.launch.Request;
import it.ordo.launch.Resident;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The resident process: one warm JVM per user and data folder that runs the {@code ordo} command's calls handed
 * over by its client ({@link it.ordo.launch.ResidentClient}), each through {@link Cli#run} as in a process of its
 * own, with the caller's arguments, folder, environment, locale and terminal, one at a time (the command line
 * works with the default locale and some static state). What it keeps between calls is the database (Derby,
 * Flyway's check, Hibernate: {@link Kept}) and the JVM's loaded and compiled code; every call signs in again.
 * It gives the database up when another process needs it ({@link Resident#RELEASE}), and exits after
 * {@link Resident#IDLE} minutes without a call, on {@code ordo resident stop}, and when a client of another build
 * calls. docs/startup.md, "The resident process".
 */
public final class ResidentProcess {

    /**
     * Entries of the environment the application reads from its own process rather than from the command's
     * caller: a call whose values differ from this process's runs in the caller's process instead.
     */
    private static final java.util.List<String> PROCESS_ENVIRONMENT = java.util.List.of("ORDO_DEBUG",
            it.ordo.infrastructure.mail.SmtpMailGateway.PASSWORD_VARIABLE);

    private final Path data;
    private final Path socket;
    private final String build = Resident.build();
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private final Kept kept;
    private final Instant since = Instant.now();
    private final Duration idle;
    private volatile long lastCall = System.nanoTime();
    private volatile int calls;
    private ServerSocketChannel server;
    private volatile boolean ending;

    private ResidentProcess(Path data, Duration idle) {
        this.data = data;
        this.socket = Resident.socket(data, System.getenv());
        this.idle = idle;
        this.kept = new Kept(data);
    }

    /** Serves {@code data} until idle, stopped or released; 0, or 1 when it cannot listen. */
    public static int serve(Path data) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", Errors.debugging() ? "info" : "warn");
        }
        // The owner file of the database it opens says so: the desktop then asks it to let go (DataFolderGuard).
        System.setProperty(Resident.PROPERTY, "true");
        String minutes = System.getenv(Resident.IDLE);
        Duration idle = Duration.ofMinutes(Resident.DEFAULT_IDLE_MINUTES);
        try {
            if (minutes != null && !minutes.isBlank()) {
                idle = Duration.ofMillis((long) (Double.parseDouble(minutes.strip()) * 60_000));
            }
        } catch (NumberFormatException e) {
            System.err.println(Resident.IDLE + "=" + minutes + ": not a number of minutes; "
                    + Resident.DEFAULT_IDLE_MINUTES + " it is");
        }
        try {
            return new ResidentProcess(data.toAbsolutePath(), idle).listen();
        } catch (IOException e) {
            System.err.println("resident process for " + data + ": " + e);
            return 1;
        }
    }

    private int listen() throws IOException {
        Resident.privateFolder(socket);
        // One resident process a folder: the second one started at the same moment finds the lock taken and leaves.
        FileChannel lockFile = FileChannel.open(socket.resolveSibling(socket.getFileName() + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock();
        if (lock == null) {
            lockFile.close();
            return 0;
        }
        Files.deleteIfExists(socket); // left by a process that died: nobody holds the lock
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        if (socket.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        }
        // Stopped by a signal (the session ends, the machine shuts down): the database closed cleanly if the command
        // running now, if any, ends within a few seconds; Derby recovers from its log otherwise.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!ending && oneAtATime.tryLock(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    kept.drop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            removeSocket();
        }, "resident-shutdown"));
        log("serving " + data + " on " + socket + " (build " + build + ", pid " + ProcessHandle.current().pid()
                + ", idle exit after " + idle.toSeconds() + " s)");
        Thread watchdog = Thread.ofPlatform().daemon().name("resident-idle").start(this::exitWhenIdle);
        Objects.requireNonNull(watchdog);
        while (true) {
            SocketChannel channel;
            try {
                channel = server.accept();
            } catch (IOException e) {
                return 0; // closed: the process is ending
            }
            Thread.ofPlatform().daemon().name("resident-call").start(() -> answer(channel));
        }
    }

    private void answer(SocketChannel channel) {
        try (channel) {
            if (!sameUser(channel)) {
                log("refused a connection of another user");
                return;
            }
            DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Channels.newInputStream(channel)));
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                    Channels.newOutputStream(channel)));
            Resident.Header header = Resident.readHeader(in);
            switch (header.kind()) {
                case Resident.STATUS -> {
                    Resident.writeText(out, "pid " + ProcessHandle.current().pid() + ", since " + since + ", "
                            + calls + " commands, build " + build + ", exits after " + idle.toMinutes()
                            + " min without a command");
                    out.flush();
                }
                case Resident.STOP, Resident.RELEASE -> {
                    oneAtATime.lock(); // after the command running now, if any; and no other starts
                    log(header.kind() == Resident.STOP ? "stopped" : "database asked for by another process");
                    kept.drop();
                    Resident.writeText(out, "pid " + ProcessHandle.current().pid());
                    out.flush();
                    exit();
                }
                case Resident.RUN -> run(header, in, out);
                default -> log("unknown request " + header.kind());
            }
        } catch (IOException e) {
            log("a call ended early: " + e.getMessage());
        }
    }

    private void run(Resident.Header header, DataInputStream in, DataOutputStream out) throws IOException {
        if (!build.equals(header.build())) {
            // An upgrade was installed: this build must not run the new build's commands. The caller starts its own.
            oneAtATime.lock();
            log("a client of build " + header.build() + " called: exiting");
            out.writeByte(Resident.MISMATCH);
            out.flush();
            kept.drop();
            exit();
        }
        Request request = Request.read(in);
        for (String name : PROCESS_ENVIRONMENT) {
            if (!Objects.equals(System.getenv(name), request.environment().get(name))) {
                out.writeByte(Resident.FALLBACK);
                out.flush();
                return;
            }
        }
        oneAtATime.lock();
        try {
            lastCall = System.nanoTime();
            calls++;
            Locale.setDefault(Locale.forLanguageTag(request.locale()));
            Locale.setDefault(Locale.Category.DISPLAY, Locale.forLanguageTag(request.displayLocale()));
            Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(request.formatLocale()));
            TimeZone.setDefault(TimeZone.getTimeZone(request.timeZone()));
            Charset charset = Charset.isSupported(request.charset()) ? Charset.forName(request.charset())
                    : Charset.defaultCharset();
            PrintStream stdout = new PrintStream(new Frames(out, Resident.OUT), true, charset);
            PrintStream stderr = new PrintStream(new Frames(out, Resident.ERR), true, charset);
            Map<String, String> environment = request.environment();
            Secrets secrets = new Secrets(environment::get, request.terminal() ? prompt -> ask(in, out, prompt) : null);
            int exit = Cli.run(request.args(), stdout, stderr, secrets, kept, request.workingDirectory());
            stdout.flush();
            stderr.flush();
            synchronized (out) {
                out.writeByte(Resident.EXIT);
                out.writeInt(exit);
                out.flush();
            }
        } finally {
            lastCall = System.nanoTime();
            oneAtATime.unlock();
        }
    }

    /** A password typed on the caller's terminal: the client asks there, without echo, and sends it back. */
    private static char[] ask(DataInputStream in, DataOutputStream out, String prompt) {
        try {
            synchronized (out) {
                out.writeByte(Resident.PROMPT);
                Resident.writeText(out, prompt);
                out.flush();
            }
            String typed = Resident.readText(in);
            return typed == null ? null : typed.toCharArray();
        } catch (IOException e) {
            return null; // the caller went away: as if the typing was ended
        }
    }

    /** SO_PEERCRED: the connecting process's user. The socket's folder is already the user's alone. */
    private static boolean sameUser(SocketChannel channel) {
        try {
            var peer = channel.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED);
            return peer.user().getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return true; // a system without peer credentials (Windows): the folder's permissions alone
        }
    }

    private void exitWhenIdle() {
        while (true) {
            try {
                Thread.sleep(Math.max(50, Math.min(idle.toMillis() / 4, 30_000)));
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() - lastCall > idle.toNanos() && oneAtATime.tryLock()) {
                if (System.nanoTime() - lastCall > idle.toNanos()) {
                    log("no command for " + idle.toSeconds() + " s: exiting");
                    kept.drop();
                    exit();
                }
                oneAtATime.unlock();
            }
        }
    }

    private void exit() {
        ending = true; // the database is closed already, by the thread that holds the lock and calls this
        removeSocket();
        System.exit(0);
    }

    private void removeSocket() {
        try {
            if (server != null) {
                server.close();
            }
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // the next resident process removes a socket nobody listens on
        }
    }

    private static void log(String line) {
        System.err.println(Instant.now() + " " + line);
    }

    /** A stream of the command's output, sent to the client in frames as it comes. */
    private static final class Frames extends OutputStream {

        private final DataOutputStream out;
        private final byte type;

        Frames(DataOutputStream out, byte type) {
            this.out = out;
            this.type = type;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            synchronized (out) {
                Resident.writeBytes(out, type, b, off, len);
                out.flush();
            }
        }
    }

    /**
     * The database kept open between calls: the served folder's embedded database, or a database server's pool
     * ({@code --db-url}), one at a time, for the settings (account and password included) and time zone it was
     * opened with; other settings close it and open theirs. Another folder's embedded database is opened and
     * closed by its call, as in a process of its own: the resident process that could give it up is that
     * folder's.
     */
    static final class Kept implements Contexts {

        private final Path served;
        private DatabaseSettings settings;
        private OrdoContext context;

        Kept(Path served) {
            this.served = served;
        }

        @Override
        public OrdoContext open(DatabaseSettings wanted, Clock clock) {
            if (context != null && wanted.equals(settings) && context.clock().getZone().equals(clock.getZone())) {
                return context;
            }
            if (wanted.isEmbedded() && !served.equals(wanted.embeddedFolder().getParent())) {
                return OrdoContext.open(wanted, CurrentUser.NOBODY, clock);
            }
            drop();
            context = OrdoContext.open(wanted, CurrentUser.NOBODY, clock);
            settings = wanted;
            return context;
        }

        @Override
        public void close(OrdoContext used) {
            if (context == null || used.database() != context.database()) {
                used.close();
            }
        }

        void drop() {
            if (context != null) {
                try {
                    context.close();
                } catch (RuntimeException e) {
                    log("closing the database: " + e);
                } finally {
                    context = null;
                    settings = null;
                }
            }
        }
    }
}

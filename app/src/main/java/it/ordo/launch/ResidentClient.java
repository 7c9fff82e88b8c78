package it.ordo.launch;

import java.io.Console;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * The {@code ordo} command as the installed launcher starts it for every call with arguments: a small JVM (only
 * ordo.jar on the class path, no AOT cache, the client compiler alone) that hands the command to the resident
 * process of its data folder over a Unix-domain socket, copies its standard output and error as they come, and
 * exits with its exit code. With no resident process yet it starts one and waits for it. Commands that must run
 * in the caller's process end here with {@link #FALLBACK}, and the launcher then runs the full JVM as before.
 * Loads JDK classes and this package only (docs/startup.md, "The resident process").
 */
public final class ResidentClient {

    /** The launcher runs the command in a process of its own (installer/linux/build.sh, the launcher script). */
    public static final int FALLBACK = 119;

    /**
     * Commands that run until stopped: in the resident process they would keep every other command waiting, and
     * their Ctrl+C belongs to the caller's terminal. And {@code restore}, which wants a new, empty data folder: one
     * this client starts a resident process for holds its socket and log.
     */
    private static final List<List<String>> IN_PROCESS = List.of(List.of("server", "start"), List.of("api", "start"),
            List.of("tracking", "watch"), List.of("restore"));

    private static final long START_TIMEOUT_MILLIS = 120_000;

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final OutputStream out;
    private final OutputStream err;
    /** The caller's terminal, to type a password on without echo; null when there is none. */
    private final Terminal terminal;
    private final String launcher;

    ResidentClient(Map<String, String> environment, Path workingDirectory, OutputStream out, OutputStream err,
            Terminal terminal, String launcher) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.launcher = launcher;
    }

    /** Reads a password typed without echo; null when the typing was ended. */
    interface Terminal {
        char[] readPassword(String prompt);
    }

    public static void main(String[] args) {
        Console console = System.console();
        ResidentClient client = new ResidentClient(System.getenv(), Path.of("").toAbsolutePath(),
                new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
                console != null && console.isTerminal() ? new Terminal() {
                    // a class rather than a lambda: a lambda's bootstrap is a measurable part of this client's start
                    @Override
                    public char[] readPassword(String prompt) {
                        return console.readPassword("%s", prompt);
                    }
                } : null,
                System.getProperty("ordo.launcher"));
        int exit = client.run(args);
        System.out.flush();
        System.err.flush();
        // Not System.exit: it logs through System.Logger, whose first use looks for a logging back-end in every jar
        // of ordo.jar's class path (a hundred opened: a tenth of a second). This client has no shutdown hook to run.
        Runtime.getRuntime().halt(exit);
    }

    /**
     * {@code ordo resident status|stop}: answered here, by the client, whether the launcher runs it or the full
     * JVM does (it.ordo.Main, with the resident process turned off); null when the arguments are another command.
     */
    public static Integer control(String[] args) {
        List<String> words = Arguments.words(args);
        if (words.isEmpty() || !words.get(0).equals("resident")) {
            return null;
        }
        ResidentClient client = new ResidentClient(System.getenv(), Path.of("").toAbsolutePath(), System.out,
                System.err, null, null);
        return client.control(args, words);
    }

    /** Runs the command; {@link #FALLBACK} when it must run in the caller's process. */
    int run(String[] args) {
        if ("0".equals(environment.get(Resident.SWITCH)) || Arguments.desktop(args)) {
            return FALLBACK;
        }
        List<String> words = Arguments.words(args);
        if (!words.isEmpty() && words.get(0).equals("resident")) {
            return control(args, words);
        }
        if (inProcess(words) || (terminal != null && Arguments.help(args))) {
            return FALLBACK; // the help is laid out to the terminal's width, which only the caller's process knows
        }
        Path data = Resident.dataFolder(args, environment, workingDirectory);
        Path socket = Resident.socket(data, environment);
        Request request = request(args);
        for (int attempt = 0; attempt < 2; attempt++) {
            SocketChannel found = Resident.connect(socket);
            SocketChannel channel = found != null ? found : start(data, socket);
            if (channel == null) {
                return FALLBACK;
            }
            try (channel) {
                DataOutputStream to = new DataOutputStream(new java.io.BufferedOutputStream(
                        Channels.newOutputStream(channel)));
                DataInputStream from = new DataInputStream(new java.io.BufferedInputStream(
                        Channels.newInputStream(channel)));
                Resident.begin(to, Resident.build(), Resident.RUN);
                request.write(to);
                to.flush();
                int answer = answer(from, to);
                if (answer != MISMATCH_SEEN) {
                    return answer;
                }
            } catch (IOException e) {
                return lost(data, e);
            }
            awaitGone(socket); // the old build's process exits; this build's starts on the next attempt
        }
        return FALLBACK;
    }

    private static final int MISMATCH_SEEN = -1;

    private int answer(DataInputStream from, DataOutputStream to) throws IOException {
        boolean started = false;
        while (true) {
            byte type;
            try {
                type = from.readByte();
            } catch (EOFException e) {
                throw new IOException("the resident process closed the connection", e);
            }
            switch (type) {
                case Resident.OUT, Resident.ERR -> {
                    started = true;
                    int length = from.readInt();
                    byte[] bytes = from.readNBytes(length);
                    OutputStream target = type == Resident.OUT ? out : err;
                    target.write(bytes);
                    target.flush();
                }
                case Resident.PROMPT -> {
                    String prompt = Resident.readText(from);
                    String typed = null;
                    if (terminal != null) {
                        char[] chars = terminal.readPassword(prompt);
                        typed = chars == null ? null : new String(chars);
                        if (chars != null) {
                            Arrays.fill(chars, '\0');
                        }
                    }
                    Resident.writeText(to, typed);
                    to.flush();
                }
                case Resident.EXIT -> {
                    return from.readInt();
                }
                case Resident.FALLBACK -> {
                    if (started) {
                        throw new IOException("fallback after output");
                    }
                    return FALLBACK;
                }
                case Resident.MISMATCH -> {
                    return MISMATCH_SEEN;
                }
                default -> throw new IOException("unknown frame " + type);
            }
        }
    }

    /** The connection broke after the command was handed over: it may have run, so it is not run again. */
    private int lost(Path data, IOException e) {
        PrintStream text = new PrintStream(err, true, Charset.defaultCharset());
        text.println(texts().getString("resident.lost").formatted(e.getMessage(), log(data)));
        return 1;
    }

    private Request request(String[] args) {
        Map<String, String> forwarded = new HashMap<>(Request.forwarded(environment));
        // A relative ORDO_DATA_DIR means the caller's folder, not the resident process's.
        String dataDir = forwarded.get("ORDO_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            forwarded.put("ORDO_DATA_DIR", workingDirectory.resolve(dataDir).normalize().toString());
        }
        return new Request(args, workingDirectory, forwarded, terminal != null, Locale.getDefault().toLanguageTag(),
                Locale.getDefault(Locale.Category.DISPLAY).toLanguageTag(),
                Locale.getDefault(Locale.Category.FORMAT).toLanguageTag(), TimeZone.getDefault().getID(),
                System.getProperty("stdout.encoding", Charset.defaultCharset().name()));
    }

    private static boolean inProcess(List<String> words) {
        for (List<String> command : IN_PROCESS) {
            if (words.size() >= command.size() && words.subList(0, command.size()).equals(command)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts the resident process for {@code data} (the launcher without arguments, told by {@link Resident#SERVE}
     * to serve the folder rather than open the desktop), detached from this terminal, and waits for its socket.
     * Null when there is no launcher to start it with, or it does not come up: the command then runs in the
     * caller's process, which says what is wrong.
     */
    private SocketChannel start(Path data, Path socket) {
        if (launcher == null) {
            return null;
        }
        Process process;
        try {
            ownerOnlyFolders(data);
            Resident.privateFolder(socket);
            List<String> command = new ArrayList<>();
            // In a session of its own: the terminal's Ctrl+C and hang-up go to the caller's command, not to it.
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid");
            }
            command.add(launcher);
            ProcessBuilder builder = new ProcessBuilder(command);
            Map<String, String> env = builder.environment();
            // Passwords come with each command; the process's own environment keeps none of them.
            env.keySet().removeIf(name -> name.equals("ORDO_PASSWORD") || name.equals("ORDO_NEW_PASSWORD")
                    || name.equals("ORDO_DB_PASSWORD") || name.equals("ORDO_DB_RUNTIME_PASSWORD")
                    || name.equals("ORDO_KEYSTORE_PASSWORD"));
            env.put(Resident.SERVE, data.toString());
            File log = log(data).toFile();
            builder.redirectInput(ProcessBuilder.Redirect.from(new File(
                    File.separatorChar == '/' ? "/dev/null" : "NUL")));
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log));
            builder.redirectErrorStream(true);
            builder.directory(data.toFile());
            process = builder.start();
        } catch (IOException e) {
            return null;
        }
        long until = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < until) {
            SocketChannel channel = Resident.connect(socket);
            if (channel != null) {
                return channel;
            }
            if (process != null && !process.isAlive()) {
                if (process.exitValue() != 0) {
                    return null;
                }
                // Exited at once with 0: another client's start won the folder; its socket comes up in a moment.
                process = null;
                until = Math.min(until, System.currentTimeMillis() + 10_000);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** The resident process's log: its own start-up and failures, never a command's output or a secret. */
    static Path log(Path data) {
        return data.resolve("ordo-resident.log");
    }

    /** The data folder and its missing parents, readable only by the user (as it.ordo.infrastructure.OwnerOnly). */
    private static void ownerOnlyFolders(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getParent() != null) {
            ownerOnlyFolders(folder.getParent());
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            try {
                Files.createDirectory(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made at the same moment by another process
            }
        } else {
            Files.createDirectories(folder);
        }
    }

    private static void awaitGone(Path socket) {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            SocketChannel channel = Resident.connect(socket);
            if (channel == null) {
                return;
            }
            try {
                channel.close();
                Thread.sleep(25);
            } catch (IOException | InterruptedException e) {
                return;
            }
        }
    }

    /** {@code ordo resident status}: 0 and what the process says when one runs, 1 when none does; {@code stop}. */
    private int control(String[] args, List<String> words) {
        PrintStream text = new PrintStream(out, true, Charset.defaultCharset());
        PrintStream problems = new PrintStream(err, true, Charset.defaultCharset());
        ResourceBundle texts = texts();
        String action = words.size() > 1 ? words.get(1) : "";
        if (!action.equals("status") && !action.equals("stop")) {
            problems.println(texts.getString("resident.usage"));
            return 2;
        }
        Path data = Resident.dataFolder(args, environment, workingDirectory);
        Path socket = Resident.socket(data, environment);
        SocketChannel channel = Resident.connect(socket);
        if (channel == null) {
            text.println(texts.getString("resident.none").formatted(data));
            return action.equals("status") ? 1 : 0;
        }
        try (channel) {
            DataOutputStream to = new DataOutputStream(Channels.newOutputStream(channel));
            DataInputStream from = new DataInputStream(Channels.newInputStream(channel));
            Resident.begin(to, Resident.build(), action.equals("status") ? Resident.STATUS : Resident.STOP);
            to.flush();
            String answer = Resident.readText(from);
            if (action.equals("status")) {
                text.println(texts.getString("resident.status").formatted(answer, data));
            } else {
                Resident.awaitExit(answer);
                text.println(texts.getString("resident.stopped").formatted(answer, data));
            }
            return 0;
        } catch (IOException e) {
            problems.println(texts.getString("resident.lost").formatted(e.getMessage(), log(data)));
            return 1;
        }
    }

    private static ResourceBundle texts() {
        try {
            return ResourceBundle.getBundle("it.ordo.i18n.resident", Locale.getDefault(Locale.Category.DISPLAY));
        } catch (MissingResourceException e) {
            throw new IllegalStateException(e);
        }
    }
}

package it.ordo.testing;

import it.ordo.OrdoContext;
import it.ordo.demo.DemoCompany;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The demo company, generated once per test run (seed 42, as "create the demo company" makes it) and
 * shared by every test JVM of the run: the build runs tests in two forks, and generating it takes more than
 * a minute of CPU. The first JVM to ask generates it under a file lock in the folder the build names
 * ({@code ordo.test.sharedDemo}, one per build so that a changed generator is never read from an older
 * run); the others wait for it. Each user works on its own {@link #copyTo copy}, never on the original.
 * Outside the build (one test from an IDE) it is generated in a temporary folder for that JVM.
 */
public final class SharedDemo {

    /** What the generation reported: its progress lines, when it finished and the CPU it took. */
    public record Generated(Path data, Instant at, long millis, long cpuMillis, List<String> progress) {
    }

    private static Generated generated;

    private SharedDemo() {
    }

    public static synchronized Generated get() {
        if (generated == null) {
            try {
                generated = load(root());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated;
    }

    /** A copy of the demo's data folder in {@code target}, to open and change. */
    public static void copyTo(Path target) {
        Path from = get().data();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!p.getFileName().toString().equals("db.lck")) {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() throws IOException {
        String shared = System.getProperty("ordo.test.sharedDemo");
        if (shared == null || shared.isBlank()) {
            return Files.createTempDirectory("ordo-demo");
        }
        Path root = Path.of(shared);
        Files.createDirectories(root);
        return root;
    }

    private static Generated load(Path root) throws IOException {
        try (FileChannel channel = FileChannel.open(root.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            Path done = root.resolve("done.properties");
            Path data = root.resolve("data");
            Path progressFile = root.resolve("progress.txt");
            if (!Files.exists(done)) {
                // A JVM that died half way left a partial folder: start again.
                delete(data);
                generate(data, progressFile, done);
            }
            Properties facts = new Properties();
            try (var in = Files.newBufferedReader(done)) {
                facts.load(in);
            }
            return new Generated(data, Instant.parse(facts.getProperty("at")),
                    Long.parseLong(facts.getProperty("millis")), Long.parseLong(facts.getProperty("cpuMillis")),
                    Files.readAllLines(progressFile));
        }
    }

    private static void generate(Path data, Path progressFile, Path done) throws IOException {
        Clock clock = Clock.systemDefaultZone();
        List<String> progress = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        long start = System.nanoTime();
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(data), () -> "demo", clock)) {
            ctx.generateDemo(new DemoCompany(), 42L, line -> {
                progress.add(line);
                System.out.println("demo: " + (System.nanoTime() - start) / 1_000_000 + " ms " + line);
            });
        }
        // As of its end: the last day's orders are placed at the time they are generated.
        Instant at = clock.instant();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = cpuStart < 0 ? millis : (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        System.out.println("demo: generated in " + millis + " ms, " + cpuMillis + " ms of CPU on this thread");
        Files.write(progressFile, progress);
        Properties facts = new Properties();
        facts.setProperty("at", at.toString());
        facts.setProperty("millis", Long.toString(millis));
        facts.setProperty("cpuMillis", Long.toString(cpuMillis));
        try (var out = Files.newBufferedWriter(done)) {
            facts.store(out, "the shared demo company of this test run");
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package it.ordo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the warehouse benchmarks share: the machine's load beside each figure
 * (a 2-core machine shared with other builds gives times far from a quiet
 * one's, so the thread's CPU time and the ratio to a same-run baseline are
 * reported too), percentiles, and the figures written to
 * {@code target/<name>-benchmark.txt} and the log.
 */
public final class BenchFigures {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BenchFigures() {
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg has them (or "unknown" off Linux). */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** CPU time of the calling thread so far, in nanoseconds. */
    public static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The nearest-rank percentile of times in nanoseconds, in milliseconds. */
    public static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    public static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Logs the lines and writes them to target/{name}-benchmark.txt. */
    public static void record(String name, List<String> lines) {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", name + "-benchmark.txt"), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.forEach(org.slf4j.LoggerFactory.getLogger(BenchFigures.class)::warn);
    }
}

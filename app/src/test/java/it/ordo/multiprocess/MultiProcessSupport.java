package it.ordo.multiprocess;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the multi-process tests on Derby and on PostgreSQL share: starting
 * client JVMs with the test class path, waiting for them, reading what each
 * one confirmed from its log, and running the command line in-process.
 */
final class MultiProcessSupport {

    static final Pattern RESULT = Pattern.compile(
            "RESULT confirmed=(\\d+) refused=(\\d+) outage=(\\d+) unexpected=(\\d+)");

    record Client(int id, Process process, Path numbers, Path log) {
    }

    record Result(int exit, String out, String err) {
    }

    record Outcome(int exit, int confirmed, int refused, int outage, int unexpected, List<String> numbers, String log) {
    }

    private MultiProcessSupport() {
    }

    static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Client JVMs take a while to boot (Hibernate, sign-in): the crash must hit them while they work. */
    static void awaitReady(List<Client> clients) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (Client c : clients) {
            while (!read(c.log()).contains("READY")) {
                assertThat(c.process().isAlive()).as("client " + c.id() + " died: " + read(c.log())).isTrue();
                assertThat(System.nanoTime()).as("client " + c.id() + " not ready: " + read(c.log()))
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    static List<Outcome> awaitClients(List<Client> clients, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 90);
        List<Outcome> outcomes = new ArrayList<>();
        for (Client c : clients) {
            long left = Math.max(1, deadline - System.nanoTime());
            assertThat(c.process().waitFor(left, TimeUnit.NANOSECONDS)).as("client " + c.id() + " did not end: "
                    + read(c.log())).isTrue();
            String log = read(c.log());
            Matcher m = RESULT.matcher(log);
            int[] last = null;
            while (m.find()) {
                last = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
            }
            assertThat(last).as("client " + c.id() + " printed no RESULT: " + log).isNotNull();
            List<String> numbers = Files.exists(c.numbers()) ? Files.readAllLines(c.numbers()).stream()
                    .filter(s -> !s.isBlank()).toList() : List.of();
            System.out.println("client " + c.id() + ": " + m.reset().results().reduce((a, b) -> b).map(r -> r.group())
                    .orElse("-"));
            outcomes.add(new Outcome(c.process().exitValue(), last[0], last[1], last[2], last[3],
                    numbers, "client " + c.id() + ":\n" + tail(log)));
        }
        return outcomes;
    }

    static List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx256m",
                // Six JVMs share the machine: a quicker boot matters more than peak speed.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Duser.language=en", "-Duser.country=US", "-cp", classPath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Surefire runs the tests from a manifest-only jar; the real class path is in this property. */
    static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path")
                : cp.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The end of a client's log, and first the report of an unexpected failure, which the end may not reach. */
    static String tail(String log) {
        if (log.length() <= 8000) {
            return log;
        }
        int unexpected = log.indexOf("\nunexpected");
        String first = unexpected < 0 ? "" : log.substring(unexpected, Math.min(log.length(), unexpected + 3000)) + "\n...";
        return first + "..." + log.substring(log.length() - 5000);
    }

    static Result cli(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

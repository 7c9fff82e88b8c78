package it.ordo.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ordo.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident process (it.ordo.cli.ResidentProcess) in a child JVM on a real Derby data folder, reached through
 * the command's client as the installed launcher runs it: the same output and exit codes as a command in its own
 * process, the caller's folder, language and password, a new build taking over, the database given up to another
 * process, the exit when idle. One resident process for the class (its start and first Hibernate boot are the
 * cost), started by the client itself through a launcher script like the installed one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResidentProcessTest {

    private static final String PASSWORD = "resident-password-1";

    @TempDir
    static Path work;

    private static Path data;
    private static Path launcher;
    private static Path buildFile;
    private static String previousBuild;
    private static String previousEncoding;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void company() throws IOException {
        previousBuild = System.getProperty("ordo.resident.build");
        // The output's charset is the caller's terminal's; these tests read it as UTF-8.
        previousEncoding = System.setProperty("stdout.encoding", "UTF-8");
        data = work.resolve("data");
        buildFile = work.resolve("build.txt");
        useBuild("A");
        launcher = launcher("ordo", "");
        Result init = client(Map.of(), work, "init", "--company-name", "Prova Residente Srl", "--vat-number",
                "01234567897");
        assertEquals(0, init.exit(), init.err());
        Matcher password = Pattern.compile("password (\\S+) \\(").matcher(init.out());
        assertTrue(password.find(), init.out());
        Result passwd = client(Map.of("ORDO_PASSWORD", password.group(1), "ORDO_NEW_PASSWORD", PASSWORD), work,
                "--user", "admin", "user", "passwd");
        assertEquals(0, passwd.exit(), passwd.err());
    }

    @AfterAll
    static void stop() {
        client(Map.of(), work, "resident", "stop");
        System.setProperty("stdout.encoding", previousEncoding);
        if (previousBuild == null) {
            System.clearProperty("ordo.resident.build");
        } else {
            System.setProperty("ordo.resident.build", previousBuild);
        }
    }

    @Test
    @Order(1)
    void aRelativeFileIsTheCallers() throws IOException {
        Path callers = Files.createDirectories(work.resolve("caller"));
        Files.writeString(callers.resolve("products.csv"), """
                sku;ean;description;category;unit;vatRate;unitCost;listPrice;weightKg
                T1;4006381333931;Vite 4x40;Viteria;PCS;22;5,00;10,00;0,010
                """);
        Result imported = client(signedIn(), callers, "--user", "admin", "product", "import", "products.csv");
        assertEquals(0, imported.exit(), imported.err());
        Result received = client(signedIn(), callers, "--user", "admin", "receive", "--sku", "T1", "--warehouse",
                "MAIN", "--qty", "100");
        assertEquals(0, received.exit(), received.err());
        Result stock = client(signedIn(), callers, "--user", "admin", "stock", "T1");
        assertEquals(0, stock.exit(), stock.err());
        assertTrue(stock.out().contains("MAIN") && stock.out().contains("100"), stock.out());
    }

    @Test
    @Order(5)
    void theSameOutputAsInItsOwnProcessWhichTheResidentProcessGivesTheDatabaseTo() {
        long resident = residentPid();
        Result warm = client(signedIn(), work, "--user", "admin", "stock", "T1");
        assertEquals(0, warm.exit(), warm.err());
        // The same command in this JVM's own process: the database is the resident process's, which gives it up.
        Result own = inProcess(signedIn(), "--user", "admin", "stock", "T1");
        assertEquals(warm, own);
        assertFalse(ProcessHandle.of(resident).map(ProcessHandle::isAlive).orElse(false),
                "the resident process let go of the database and exited");
    }

    @Test
    @Order(2)
    void exitCodesAndStandardErrorGoThrough() {
        Result unknown = client(signedIn(), work, "--no-such-option");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--no-such-option"), unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    @Order(3)
    void aWrongPasswordIsRefusedAndADisabledUserNextCommandToo() {
        Result wrong = client(Map.of("ORDO_PASSWORD", "not-the-password"), work, "--user", "admin", "stock", "T1");
        assertEquals(1, wrong.exit(), wrong.out());
        assertFalse(wrong.out().contains("T1"), wrong.out());

        Map<String, String> clerk = Map.of("ORDO_PASSWORD", "clerk-password-1");
        Result added = client(Map.of("ORDO_PASSWORD", PASSWORD, "ORDO_NEW_PASSWORD", "clerk-initial-1"), work,
                "--user", "admin", "user", "add", "clerk", "--role", "WAREHOUSE");
        assertEquals(0, added.exit(), added.err());
        Result changed = client(Map.of("ORDO_PASSWORD", "clerk-initial-1", "ORDO_NEW_PASSWORD", "clerk-password-1"),
                work, "--user", "clerk", "user", "passwd");
        assertEquals(0, changed.exit(), changed.err());
        assertEquals(0, client(clerk, work, "--user", "clerk", "stock", "T1").exit());
        assertEquals(0, client(signedIn(), work, "--user", "admin", "user", "disable", "clerk").exit());
        Result refused = client(clerk, work, "--user", "clerk", "stock", "T1");
        assertEquals(1, refused.exit(), refused.out());
        assertFalse(refused.out().contains("T1"), refused.out());
    }

    @Test
    @Order(4)
    void aPasswordIsAskedForOnTheCallersTerminal() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        Map<String, String> env = new HashMap<>(Map.of("ORDO_DATA_DIR", data.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ResidentClient(env, work, out, new ByteArrayOutputStream(), prompt -> {
            asked.add(prompt);
            return PASSWORD.toCharArray();
        }, launcher.toString()).run(new String[] {"--user", "admin", "stock", "T1"});
        assertEquals(0, exit);
        assertEquals(java.util.List.of("Password for admin: "), asked);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("MAIN"), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(4)
    void theCallersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALY);
            Result italian = client(Map.of(), work, "stock", "T1");
            assertEquals(1, italian.exit());
            assertTrue(italian.err().contains("Questa azienda ha degli utenti"), italian.err());
            Locale.setDefault(Locale.US);
            Result english = client(Map.of(), work, "stock", "T1");
            assertTrue(english.err().contains("This company has users"), english.err());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    @Order(6)
    void aResidentProcessOfAnotherBuildGivesWay() throws IOException {
        assertEquals(0, client(Map.of(), work, "--version").exit()); // a resident process of build A (again)
        long old = residentPid();
        useBuild("B");
        Result version = client(Map.of(), work, "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("Ordo "), version.out());
        long current = residentPid();
        assertNotEquals(old, current);
        assertFalse(ProcessHandle.of(old).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    @Order(7)
    void itExitsWhenIdle() throws Exception {
        Path quick = launcher("ordo-idle", "export ORDO_RESIDENT_IDLE_MINUTES=0.02\n"); // 1.2 s
        Path folder = work.resolve("idle-data");
        Map<String, String> env = new HashMap<>(Map.of("ORDO_DATA_DIR", folder.toString()));
        Result version = run(env, work, quick, "--version");
        assertEquals(Cli.OK, version.exit());
        Path socket = Resident.socket(folder, env);
        long until = System.currentTimeMillis() + 20_000;
        while (Files.exists(socket) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertFalse(Files.exists(socket), "the idle resident process removed its socket and exited");
        assertEquals(1, run(env, work, null, "resident", "status").exit());
    }

    private static Map<String, String> signedIn() {
        return Map.of("ORDO_PASSWORD", PASSWORD);
    }

    /** The build both the client (this JVM) and the resident processes it starts (the launcher reads it) say. */
    private static void useBuild(String build) throws IOException {
        System.setProperty("ordo.resident.build", build);
        Files.writeString(buildFile, build);
    }

    /** A launcher like the installed one without arguments: the application's JVM on this class path. */
    private static Path launcher(String name, String environment) throws IOException {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        Path script = work.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + environment + "exec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' --enable-native-access=ALL-UNNAMED"
                + " --sun-misc-unsafe-memory-access=allow -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
                + " -Dordo.resident.build=\"$(cat '" + buildFile + "')\" -cp '"
                + cp.replace(File.pathSeparator + File.pathSeparator, File.pathSeparator) + "' it.ordo.Main \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private static long residentPid() {
        Result status = client(Map.of(), work, "resident", "status");
        assertEquals(0, status.exit(), status.out() + status.err());
        Matcher pid = Pattern.compile("pid (\\d+)").matcher(status.out());
        assertTrue(pid.find(), status.out());
        return Long.parseLong(pid.group(1));
    }

    private static Result client(Map<String, String> environment, Path directory, String... args) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("ORDO_DATA_DIR", data.toString());
        return run(env, directory, launcher, args);
    }

    private static Result run(Map<String, String> env, Path directory, Path launcher, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ResidentClient(env, directory, out, err, null, launcher == null ? null : launcher.toString())
                .run(args);
        assertNotEquals(ResidentClient.FALLBACK, exit, "the command ran in the resident process");
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Result inProcess(Map<String, String> environment, String... args) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("ORDO_DATA_DIR", data.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

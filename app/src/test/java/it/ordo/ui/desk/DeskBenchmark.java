package it.ordo.ui.desk;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The desktop's speed figures for docs/benchmarks.md, each beside a baseline
 * measured in the same run. Not part of the normal build; run with
 * {@code mvn -B test -pl app -am -Dtest=DeskBenchmark -Dordo.test.excludedGroups=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dordo.test.network.skip=true -Dordo.test.postgres.skip=true}.
 */
@Tag("bench")
class DeskBenchmark {

    private static final int LAUNCHES = 3;

    @Test
    void launchToAUsableMainWindow() throws Exception {
        Path data = DemoDataFolder.get();
        List<Map<String, Long>> baseline = new ArrayList<>();
        List<Map<String, Long>> desk = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            baseline.add(probe("baseline"));
            desk.add(probe(data.toString()));
        }
        System.out.printf("%nLaunch (ms since the JVM started, median of %d, on the demo company)%n", LAUNCHES);
        System.out.printf("  baseline: bare JavaFX window shown      %6d%n", median(baseline, "window"));
        System.out.printf("  Ordo: sign-in screen ready (db open)    %6d%n", median(desk, "signin"));
        System.out.printf("  Ordo: signed in, first orders page shown %5d%n", median(desk, "orders"));
    }

    private static long median(List<Map<String, Long>> runs, String key) {
        return runs.stream().map(r -> r.get(key)).sorted().toList().get(runs.size() / 2);
    }

    /** One launch in a fresh JVM with the test class path, headless like the tests. */
    private static Map<String, Long> probe(String argument) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dtestfx.robot=glass", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dtestfx.headless=true", "-Djava.awt.headless=true",
                "-Dheadless.geometry=1600x1000-32", "-cp", System.getProperty("java.class.path"),
                LaunchProbe.class.getName(), argument));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> figures = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.split(" ");
                if (parts.length == 2 && parts[1].matches("\\d+")) {
                    figures.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        process.waitFor();
        return figures;
    }
}

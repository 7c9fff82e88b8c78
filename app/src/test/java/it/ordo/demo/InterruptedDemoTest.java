package it.ordo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.infrastructure.persistence.ChildJava;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start killed while it makes the demo company: the next start begins again and finishes. */
class InterruptedDemoTest {

    private static final DemoCompany.Scale TINY = new DemoCompany.Scale(60, 25, 30, 10);

    @TempDir
    Path dir;

    @Test
    void aDemoGenerationKilledHalfWayStartsAgainOnAnEmptyDatabase() throws Exception {
        Path data = dir.resolve("data");
        Process first = ChildJava.start("it.ordo.Main", "--data-dir", data.toString(), "init", "--demo");
        StringBuilder seen = new StringBuilder();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            String line;
            // The company, its warehouses and users are in; the catalogue is being made.
            while ((line = out.readLine()) != null && !line.startsWith("products")) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("progress of the first start:\n" + seen).startsWith("products");
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            first.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(data.resolve("ordo.demo-incomplete")).as("the mark of the unfinished demo").exists();

        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(data), () -> "tester", Clock.systemDefaultZone())) {
            assertThat(ctx.setup().isInitialized()).as("the half-made company is gone").isFalse();
            assertThat(data.resolve("ordo.demo-incomplete")).doesNotExist();

            ctx.generateDemo((services, seed, progress) -> DemoCompany.generate(services, seed, progress, TINY), 42L, null);
            assertThat(ctx.setup().isInitialized()).isTrue();
            assertThat(ctx.products().list(null, 0, 1000)).hasSize(TINY.products());
            assertThat(data.resolve("ordo.demo-incomplete")).as("finished: nothing to start again").doesNotExist();
        }
    }
}

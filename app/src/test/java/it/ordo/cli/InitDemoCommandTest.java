package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.setup.DemoData;
import it.ordo.demo.DemoCompany;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init --demo} finds the demo company through {@link DemoData} and
 * nothing else: with lib/ordo-demo.jar it is there, without it the command
 * says so and leaves no database behind.
 */
class InitDemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDemoCompanyIsFoundThroughItsServiceFile() {
        assertThat(DemoData.installed()).get().isInstanceOf(DemoCompany.class);
    }

    @Test
    void withoutTheDemoJarInitDemoSaysSoAndCreatesNoDatabase() {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new WithoutDemo(original));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            assertThat(DemoData.installed()).isEmpty();
            exit = Cli.run(new String[] {"init", "--demo", "--data-dir", dir.resolve("x").toString()}, o, e);
        } finally {
            thread.setContextClassLoader(original);
        }

        assertThat(exit).isEqualTo(Cli.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("demo company is not installed")
                .contains("lib/ordo-demo.jar");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(dir.resolve("x/ordo")).doesNotExist();
    }

    /** The class path of a copy of Ordo installed without lib/ordo-demo.jar. */
    private static final class WithoutDemo extends ClassLoader {

        WithoutDemo(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals("META-INF/services/" + DemoData.class.getName()) ? Collections.emptyEnumeration()
                    : super.getResources(name);
        }
    }
}

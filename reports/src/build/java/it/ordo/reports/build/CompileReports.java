package it.ordo.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build tool: compiles every {@code .jrxml} of a folder into a {@code .jasper} beside the classes.
 *
 * <p>Compiling a template takes over a second and needs a Java compiler, which an installed
 * workstation runtime (jlink image) does not have; so templates are compiled once, here, and the
 * application only loads the serialized result. Run by the exec-maven-plugin in a forked JVM as a
 * single source file ({@code java -cp <compile classpath> CompileReports.java <src> <out>}):
 * JasperReports hands the expressions to javac with {@code java.class.path}, which only a forked
 * JVM sets to the project's classpath. Not packaged in the jar.
 */
public final class CompileReports {

    private CompileReports() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CompileReports <folder with .jrxml> <output folder for .jasper>");
            System.exit(2);
        }
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        List<Path> templates;
        try (Stream<Path> files = Files.list(sources)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            System.err.println("No .jrxml templates in " + sources.toAbsolutePath());
            System.exit(1);
        }
        int failures = 0;
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = output.resolve(name);
            if (upToDate(template, compiled)) {
                System.out.println("Up to date: " + compiled);
                continue;
            }
            try {
                JasperCompileManager.compileReportToFile(template.toString(), compiled.toString());
                System.out.println("Compiled " + template + " -> " + compiled);
            } catch (JRException e) {
                // JRValidationException lists every broken expression or element: print it all.
                System.err.println("Cannot compile " + template + ": " + e.getMessage());
                e.printStackTrace();
                Files.deleteIfExists(compiled);
                failures++;
            }
        }
        if (failures > 0) {
            System.exit(1);
        }
    }

    /** A template is recompiled only when it changed since the last build (mvn clean forces it). */
    private static boolean upToDate(Path template, Path compiled) throws IOException {
        return Files.exists(compiled)
                && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0;
    }
}

package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user runs into at the command line: dates and files that are not what a command expects, and
 * files it would overwrite. Real commands on a real embedded Derby database, one company for the class.
 */
class CommandLineInputTest {

    @TempDir
    static Path dir;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void company() throws IOException {
        assertThat(run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157").exit())
                .isZero();
        Path products = write("products.csv", """
                sku;ean;description;category;unit;vatRate;unitCost;listPrice;weightKg
                P1;4006381333931;Vite 4x40;Viteria;PCS;22;5,00;10,00;0,010
                """);
        assertThat(run("product", "import", products.toString()).exit()).isZero();
    }

    @Test
    void supplyExpectedInThePastIsRefused() {
        LocalDate yesterday = LocalDate.now().minusDays(1);

        Result r = run("supply", "add", "--sku", "P1", "--warehouse", "MAIN", "--qty", "5", "--date",
                yesterday.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("is already past").contains("receipt");
        assertThat(run("stock", "P1", "--json").out()).doesNotContain(yesterday.toString());
    }

    @Test
    void supplyAddedWithoutANumberSaysTheNumberItWasGiven() {
        LocalDate date = LocalDate.now().plusDays(10);

        Result r = run("supply", "add", "--sku", "P1", "--warehouse", "MAIN", "--qty", "5", "--date", date.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("(purchase order PO-" + date.getYear() + "-P1)").doesNotContain("order -)");
    }

    // --- helpers

    static Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("company").toString();
        return capture(all);
    }

    static Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Runs the command line in this JVM through the entry point Main uses, capturing both streams. */
    static Result capture(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(args, o, e);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

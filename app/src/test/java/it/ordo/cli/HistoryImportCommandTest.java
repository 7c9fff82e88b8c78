package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ordo order import-history} on a gzip-compressed file in the Online Retail layout with its kinds of dirt:
 * the figures printed, the refused rows with their reasons (and in a CSV file), the dry run, the same file again,
 * and the command-line mistakes. Real commands on embedded Derby.
 */
class HistoryImportCommandTest {

    @TempDir
    static Path dir;

    private static String adminPassword;

    record Result(int exit, String out, String err) {
    }

    private static final String FILE = """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom
            536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom
            536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom
            536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,,United Kingdom
            536366,POST,POSTAGE,1,2010-12-01 08:28:00,18,,United Kingdom
            536367,22633,,-10,2010-12-01 09:00:00,0,,United Kingdom
            536368,84029E,RED WOOLLY HOTTIE WHITE HEART.,4,2011-01-04 10:00:00,3.39,12583,France
            C536379,D,Discount,-1,2011-01-05 09:41:00,27.5,12583,France
            """;

    @BeforeAll
    static void company() throws IOException {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        adminPassword = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
    }

    private static Path gz(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void theHistoryIsImportedWithItsFiguresAndRefusedRowsThenNotAgain() throws IOException {
        Path file = gz("online_retail.csv.gz", FILE);

        Result dry = run("order", "import-history", file.toString(), "--online-retail", "--dry-run");
        assertThat(dry.out()).contains("8 rows read; a dry run for online-retail, nothing was written:");
        assertThat(run("order", "list", "--json").out()).doesNotContain("ORD-2010");

        Path refused = dir.resolve("refused.csv");
        Result first = run("order", "import-history", file.toString(), "--online-retail", "--refused",
                refused.toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        // 536365: 6 × 2.55 + 6 × 3.39 = 35.64; 536366 (walk-in): 11.10 + 18 = 29.10; 536368: 13.56; C536379: 27.50.
        assertThat(first.out()).contains("8 rows read, imported as online-retail:")
                .contains("orders: 4 (3 sales, 1 cancellations)")
                .contains("lines: 6")
                .contains("customers created: 3")
                .contains("products created: 6")
                .contains("value: sales 78.30 GBP, cancellations 27.50 GBP, net 50.80 GBP")
                .contains("rows refused: 2")
                .contains("  1  negative quantity outside a cancellation (a stock adjustment, not a sale)")
                .contains("  1  exact duplicate of an earlier row of the same order");
        assertThat(first.err()).contains("2 refused rows written to");
        List<String> lines = Files.readAllLines(refused, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("row,reason,InvoiceNo,StockCode");
        assertThat(lines.get(1)).startsWith("4,exact duplicate of an earlier row of the same order,536365,71053");
        assertThat(lines.get(2)).startsWith("7,\"negative quantity outside a cancellation").contains(",536367,22633,,-10,");
        Result shown = run("order", "list", "--json");
        assertThat(shown.out()).contains("ORD-2010-000001").contains("ORD-2011-000001");

        Result again = run("order", "import-history", file.toString(), "--online-retail", "--json");
        assertThat(again.out()).contains("\"alreadyImported\" : 4").contains("\"orders\" : 0");
        assertThat(again.err()).contains("The file was imported for online-retail before (4 orders)")
                .contains("customers created: 0");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("storico.csv"), "Fattura;Codice;Qta\nF1;P1;2\n");
        Result unmapped = run("order", "import-history", file.toString(), "--column", "Fattura=ORDER_KEY");
        assertThat(unmapped.exit()).isEqualTo(2);
        assertThat(unmapped.err()).contains("No column is mapped to SKU");

        Result missing = run("order", "import-history", file.toString(), "--column", "Fattura=ORDER_KEY",
                "--column", "Codice=SKU", "--column", "Qta=QUANTITY", "--column", "Prezzo=UNIT_PRICE",
                "--column", "Data=ORDER_DATE");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("The file has no column Prezzo; its columns are: Fattura, Codice, Qta.");

        Result field = run("order", "import-history", file.toString(), "--column", "Fattura=INVOICE");
        assertThat(field.exit()).isEqualTo(2);
        assertThat(field.err()).contains("Unknown field INVOICE");
    }

    static Result run(String... args) {
        List<String> all = new ArrayList<>();
        if (adminPassword != null) {
            all.addAll(List.of("--user", FirstAdministrator.NAME));
        }
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("company").toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all.toArray(String[]::new), o, e,
                    adminPassword == null ? Map.of() : Map.of("ORDO_PASSWORD", adminPassword));
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

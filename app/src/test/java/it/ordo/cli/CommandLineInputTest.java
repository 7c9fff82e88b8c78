package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

    private static String adminPassword;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void company() throws IOException {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        // From here on every command signs in as the administrator, as on any company that has users.
        adminPassword = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
        Path products = write("products.csv", """
                sku;ean;description;category;unit;vatRate;unitCost;listPrice;weightKg
                P1;4006381333931;Vite 4x40;Viteria;PCS;22;5,00;10,00;0,010
                """);
        assertThat(run("product", "import", products.toString()).exit()).isZero();
        Path customers = write("customers-base.json", """
                [{"code": "C-D", "name": "Delta S.n.c.", "vatNumber": "07643520567", "creditLimit": 50000,
                  "paymentTerms": "RiBa 60 gg", "address": "Via Po 3", "postalCode": "10121", "city": "Torino"}]
                """);
        assertThat(run("customer", "import", customers.toString()).exit()).isZero();
        assertThat(run("receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "100").exit()).isZero();
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

    @Test
    void aWorkbookIsNamedAsOneAndNotReadAsAHeader() throws IOException {
        // An .xlsx is a zip archive whatever its name: given as customers.csv it is still a workbook.
        Path workbook = dir.resolve("customers.csv");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Result r = run("customer", "import", workbook.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("spreadsheet workbook").contains("CSV UTF-8").doesNotContain("has no column");
    }

    @Test
    void utf16TextWithItsByteOrderMarkIsRead() throws IOException {
        // Excel's "Unicode text" and Notepad's "Unicode": UTF-16 little-endian with a BOM.
        String csv = "sku;description;category;unit;vatRate;unitCost;listPrice\nU16;Vite àèé;Viteria;PCS;22;5;10\n";
        byte[] text = csv.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = Files.write(dir.resolve("unicode.csv"), bytes);

        Result r = run("product", "import", file.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(run("product", "show", "U16").out()).contains("Vite àèé");
    }

    @Test
    void utf16TextWithoutItsByteOrderMarkIsNamedAsNotText() throws IOException {
        Path file = Files.write(dir.resolve("nobom.csv"),
                "sku;description\nX;Y\n".getBytes(StandardCharsets.UTF_16LE));

        Result r = run("product", "import", file.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a text file").contains("UTF-16").doesNotContain("has no column");
    }

    @Test
    void jsonMistakesAreSaidInPlainWordsWithTheirPlace() throws IOException {
        Path comma = write("comma.json", """
                [{"code": "C-J1", "name": "Uno"
                  "vatNumber": "01114601006"}]
                """);
        Path twice = write("twice.json", "[{\"code\": \"C-J2\", \"code\": \"C-J3\"}]");

        Result missingComma = run("customer", "import", comma.toString());
        Result duplicate = run("customer", "import", twice.toString());

        assertThat(missingComma.exit()).isEqualTo(2);
        assertThat(missingComma.err()).contains("not valid JSON (line 2, column").contains("'\"' is not expected")
                .doesNotContain("StreamReadFeature").doesNotContain("code 34");
        assertThat(duplicate.exit()).isEqualTo(2);
        assertThat(duplicate.err()).contains("the key \"code\" appears twice").doesNotContain("StreamReadFeature");
    }

    @Test
    void aCreditLimitOutOfRangeIsNotCalledTooLong() throws IOException {
        Path customers = write("huge.json", """
                [{"code": "C-HUGE", "name": "Enorme S.r.l.", "vatNumber": "01114601006", "creditLimit": 1e400,
                  "paymentTerms": "Bonifico", "address": "Via Roma 1", "postalCode": "20121", "city": "Milano"}]
                """);

        Result r = run("customer", "import", customers.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("creditLimit").contains("not a valid amount").doesNotContain("longer than");
        assertThat(run("customer", "show", "C-HUGE").exit()).isEqualTo(1);
    }

    @Test
    void orderDocumentDoesNotOverwriteAFileUnlessForced() throws IOException {
        String number = placeOne("OUT-1");
        Path pdf = write("confirmation.pdf", "a file someone keeps");

        Result refused = run("order", "document", number, "--out", pdf.toString());

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(refused.out()).isEmpty();
        assertThat(Files.readString(pdf)).isEqualTo("a file someone keeps");

        Result forced = run("order", "document", number, "--out", pdf.toString(), "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        byte[] first = Files.readAllBytes(pdf);
        assertThat(new String(first, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

        // The confirmation was kept when the order was placed: a reprint is the same file to the byte.
        Path again = dir.resolve("again.pdf");
        assertThat(run("order", "document", number, "--out", again.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(first);
    }

    // --- helpers

    static String placeOne(String ref) throws IOException {
        Path file = write(ref + ".csv", "externalRef;channel;customer;sku;qty\n%s;PHONE;C-D;P1;1\n".formatted(ref));
        Result r = run("order", "place", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Matcher number = Pattern.compile("ORD-\\d{4}-\\d+").matcher(r.out());
        assertThat(number.find()).as(r.out()).isTrue();
        return number.group();
    }

    static Result run(String... args) {
        List<String> all = new ArrayList<>();
        if (adminPassword != null) {
            all.addAll(List.of("--user", FirstAdministrator.NAME));
        }
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("company").toString()));
        return capture(all.toArray(String[]::new));
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
            exit = Cli.run(args, o, e, adminPassword == null ? Map.of() : Map.of("ORDO_PASSWORD", adminPassword));
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

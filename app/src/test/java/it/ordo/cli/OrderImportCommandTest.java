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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer's Excel order at the command line: a mapping saved by name, the dry run that shows every row, the
 * import that places each order, and the same file again placing nothing. Real commands on embedded Derby.
 */
class OrderImportCommandTest {

    @TempDir
    static Path dir;

    private static String adminPassword;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void company() throws IOException {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        adminPassword = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
        Path products = Files.writeString(dir.resolve("products.csv"), """
                sku;description;category;unit;vatRate;unitCost;listPrice
                P1;Vite 4x40;Viteria;PCS;22;5,00;10,00
                P2;Tassello 8;Viteria;PCS;22;0,10;0,50
                """);
        assertThat(run("product", "import", products.toString()).exit()).isZero();
        Path customers = Files.writeString(dir.resolve("customers.json"), """
                [{"code": "C-D", "name": "Delta S.n.c.", "vatNumber": "07643520567", "creditLimit": 50000, "tier": "B",
                  "paymentTerms": "RiBa 60 gg", "address": "Via Po 3", "postalCode": "10121", "city": "Torino"}]
                """);
        assertThat(run("customer", "import", customers.toString()).exit()).isZero();
        assertThat(run("receive", "--sku", "P1", "--warehouse", "MAIN", "--qty", "100").exit()).isZero();
        Result saved = run("order", "mapping", "save", "Delta", "--column", "Vs. ordine=order_key",
                "--column", "Cod. art.=SKU", "--column", "Q.tà=quantity", "--column", "Prezzo=unit_price");
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Delta").contains("4");
    }

    private static Path workbook(String name, Object[][] rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Ordini");
            s.createRow(0).createCell(0).setCellValue("Delta S.n.c. - ordine settimanale");
            Row h = s.createRow(1);
            String[] header = {"Vs. ordine", "Cod. art.", "Descrizione", "Q.tà", "Prezzo"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(2 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aDryRunShowsEveryRowAndWritesNothing() throws IOException {
        Path file = workbook("prova.xlsx", new Object[][] {
                {"D-1", "P1", "Vite", 10, 10}, {"D-1", "P9", "Boh", 1, null}, {"D-2", "P2", "Tassello", "dieci", 0.5}});

        String before = run("order", "list", "--json").out();
        Result dry = run("order", "import", file.toString(), "--mapping", "delta", "--customer", "C-D", "--dry-run");

        assertThat(dry.exit()).as(dry.err()).isEqualTo(1);
        assertThat(dry.out()).contains("row 3  D-1  Valid  P1  10")
                .contains("row 4  D-1  Error  P9").contains("  - Cod. art. (B): Unknown product code \"P9\".")
                .contains("  - Q.tà (D): Column \"Q.tà\": \"dieci\" is not a number.")
                .contains("3 rows in 2 orders: 1 valid, 0 with warnings, 2 with errors. Nothing was written.");
        assertThat(run("order", "list", "--json").out()).isEqualTo(before);
    }

    @Test
    void importingTheSameFileTwicePlacesItsOrdersOnce() throws IOException {
        Path file = workbook("settimana.xlsx", new Object[][] {
                {"W-1", "P1", "Vite", 5, 10}, {"W-1", "P2", "Tassello", 100, 0.5}, {"W-2", "p1", "Vite", 1, 10}});

        Result first = run("order", "import", file.toString(), "--mapping", "Delta", "--customer", "C-D");
        assertThat(first.exit()).as(first.err() + first.out()).isZero();
        assertThat(first.out()).contains("W-1  C-D  Confirmed").contains("W-2  C-D  Confirmed")
                .contains("2 orders: 2 confirmed, 0 on hold, 0 refused, 0 already imported.");

        Result again = run("order", "import", file.toString(), "--mapping", "Delta", "--customer", "C-D", "--json");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("\"outcome\" : \"ALREADY_IMPORTED\"");
        assertThat(again.err()).contains("2 orders: 0 confirmed, 0 on hold, 0 refused, 2 already imported.");
        assertThat(run("order", "list", "--customer", "C-D", "--json").out().split("\"C-D/W-", -1)).hasSize(3);
    }

    @Test
    void unreadableFilesAndUnknownMappingsAreUsageErrors() throws IOException {
        Path renamed = Files.writeString(dir.resolve("ordine.xlsx"), "Cod. art.;Q.tà\nP1;2\n");
        Result r = run("order", "import", renamed.toString(), "--mapping", "Delta", "--customer", "C-D");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("File \"ordine.xlsx\" has an Excel name but is a text (CSV) file");

        Result unknown = run("order", "import", renamed.toString(), "--mapping", "Nessuna");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("There is no saved mapping Nessuna");

        Result noQty = run("order", "mapping", "save", "Bad", "--column", "Cod. art.=colour");
        assertThat(noQty.exit()).isEqualTo(2);
        assertThat(noQty.err()).contains("Unknown field colour");
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

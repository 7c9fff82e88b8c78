package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sales manager's round trip at the command line: export a price list to Excel, change it in the workbook,
 * see the preview of old and new prices, apply; discount rules the same way. Real commands on embedded Derby.
 */
class ConditionsCommandTest {

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
    }

    @Test
    void aPriceListExportedToExcelChangedAndImportedShowsOldAndNewPricesAndAppliesOnlyWhenAsked() throws IOException {
        Path exported = dir.resolve("base.xlsx");
        Result export = run("pricelist", "export", exported.toString(), "--list", "BASE");
        assertThat(export.exit()).as(export.err()).isZero();

        Path edited = dir.resolve("base-edited.xlsx");
        try (InputStream in = Files.newInputStream(exported); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("list", "sku", "minQty", "unitPrice", "validFrom", "validTo");
            Row p1 = sheet.getRow(1);
            assertThat(p1.getCell(1).getStringCellValue()).isEqualTo("P1");
            assertThat(p1.getCell(3).getNumericCellValue()).isEqualTo(10.0);
            p1.getCell(3).setCellValue(11.5);
            Row bad = sheet.createRow(3);
            bad.createCell(0).setCellValue("BASE");
            bad.createCell(1).setCellValue("P2");
            bad.createCell(2).setCellValue(100);
            bad.createCell(3).setCellValue(-1);
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }

        Result preview = run("pricelist", "import", edited.toString());
        assertThat(preview.exit()).isEqualTo(1);
        assertThat(preview.out()).contains("P1").contains("10.00").contains("11.50").contains("Nothing was applied");
        assertThat(preview.err()).contains("line 4 (P2)").contains("above zero");
        assertThat(run("price", "--customer", "C-D", "--sku", "P1", "--qty", "1").out()).contains("10.00");

        Result applied = run("pricelist", "import", edited.toString(), "--apply");
        assertThat(applied.exit()).isEqualTo(1);
        assertThat(applied.out()).contains("Inserted 0, updated 1.");
        assertThat(run("price", "--customer", "C-D", "--sku", "P1", "--qty", "1").out()).contains("11.50");
        assertThat(run("pricelist", "show", "BASE").out()).contains("11.50").contains("0.50");
    }

    @Test
    void anOldExcelWorkbookWithATitleAboveTheHeaderIsReadAsTheDesktopReadsIt() throws IOException {
        // The sales manager's own .xls: a title row, then the header, read by the same reader as the Prices screen.
        Path xls = dir.resolve("listino-vecchio.xls");
        try (Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Sheet sheet = wb.createSheet("Listino");
            sheet.createRow(0).createCell(0).setCellValue("Listino base - aggiornamento");
            Row header = sheet.createRow(2);
            String[] names = {"list", "sku", "minQty", "unitPrice"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row p2 = sheet.createRow(3);
            p2.createCell(0).setCellValue("BASE");
            p2.createCell(1).setCellValue("P2");
            p2.createCell(2).setCellValue(1);
            p2.createCell(3).setCellValue(0.55);
            wb.write(out);
        }
        Result preview = run("pricelist", "import", xls.toString());
        assertThat(preview.exit()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("P2").contains("0.50").contains("0.55").contains("Nothing was applied");

        Path broken = Files.write(dir.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        Result refused = run("pricelist", "import", broken.toString());
        assertThat(refused.exit()).isEqualTo(Cli.USAGE);
        assertThat(refused.err()).contains("broken.xlsx");
    }

    @Test
    void theListsThemselvesExportedToExcelImportBackUnchanged() throws IOException {
        Path exported = dir.resolve("lists-export.xlsx");
        Result export = run("pricelist", "export", exported.toString(), "--lists");
        assertThat(export.exit()).as(export.err()).isZero();
        try (InputStream in = Files.newInputStream(exported); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("code", "name", "for", "group", "customer", "validFrom", "validTo");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("BASE");
        }
        Result back = run("pricelist", "import", exported.toString(), "--lists");
        assertThat(back.exit()).as(back.err()).isZero();
        assertThat(back.out()).contains("Inserted 0,");
    }

    @Test
    void aNewListForNextYearIsCheckedAtAFutureDate() throws IOException {
        // The base list is open-ended: a second base list is refused, naming it, until the base list ends.
        Path overlapping = Files.writeString(dir.resolve("lists-overlapping.csv"), """
                code;name;for;validFrom
                BASE-2099;Listino 2099;ALL;2099-01-01
                """);
        Result refused = run("pricelist", "import", overlapping.toString(), "--lists");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("line 2 (BASE-2099)").contains("price list BASE ");
        Path lists = Files.writeString(dir.resolve("lists.csv"), """
                code;name;for;validFrom;validTo
                BASE;Listino base;ALL;;2098-12-31
                BASE-2099;Listino 2099;ALL;2099-01-01;
                """);
        Result created = run("pricelist", "import", lists.toString(), "--lists");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("Inserted 1, updated 1.");
        Path items = Files.writeString(dir.resolve("items-2099.csv"), """
                list;sku;minQty;unitPrice
                BASE-2099;P2;1;0,70
                """);
        assertThat(run("pricelist", "import", items.toString(), "--apply").exit()).isZero();

        assertThat(run("price", "--customer", "C-D", "--sku", "P2", "--qty", "1", "--date", "2099-03-01").out())
                .contains("0.70").contains("BASE-2099");
        assertThat(run("price", "--customer", "C-D", "--sku", "P2", "--qty", "1").out()).contains("0.50");
        assertThat(run("pricelist", "list").out()).contains("BASE-2099").contains("2099");
    }

    @Test
    void discountRulesRoundTripThroughExcelWithNothingToChange() throws IOException {
        Path rules = Files.writeString(dir.resolve("discounts.csv"), """
                code;description;kind;tier;category;minOrderValue;percent;validFrom;validTo
                FASCIA-B;Clienti fascia B;TIER;B;;;2,5;;
                VALORE-1000;Ordini da 1.000 €;ORDER_VALUE;;;1.000,00;3;2026-01-01;
                TROPPO;Errore;TIER;C;;;150;;
                """);
        Result imported = run("discount", "import", rules.toString(), "--apply");
        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.err()).contains("line 4 (TROPPO)").contains("below 100");
        assertThat(run("discount", "list").out()).contains("FASCIA-B").contains("VALORE-1000").doesNotContain("TROPPO");

        Path exported = dir.resolve("discounts.xlsx");
        assertThat(run("discount", "export", exported.toString()).exit()).isZero();
        Result again = run("discount", "import", exported.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 rows would change, 2 are as they are.");
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

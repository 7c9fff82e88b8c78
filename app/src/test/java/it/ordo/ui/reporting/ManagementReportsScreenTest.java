package it.ordo.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.security.Session;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Reports area's returns, tickets and stock section as a manager uses it, through its view model: each
 * report saved as PDF and as Excel and printed, and what cannot be done said on screen with no file left.
 * The figures themselves are checked against hand-computed answers in ManagementReportsTest.
 */
class ManagementReportsScreenTest {

    private static TestCompany company;
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @TempDir
    Path dir;

    @BeforeAll
    static void stock() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P2", "BOL", "40");
        company.clock.set(LocalDate.of(2026, 11, 27).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private ReportsViewModel manager() {
        ReportsViewModel model = new ReportsViewModel(company.ctx, EN, new SameThreadExecutor());
        model.fromProperty().set(LocalDate.of(2026, 11, 1));
        model.toProperty().set(LocalDate.of(2026, 11, 27));
        return model;
    }

    @Test
    void eachReportIsSavedAsPdfAndExcel() throws Exception {
        ReportsViewModel model = manager();
        List<Path> done = new ArrayList<>();

        model.managementProperty().set(ManagementReport.STOCK);
        model.slowDaysProperty().set("30");
        model.saveManagement(dir.resolve("stock.pdf"), done::add);
        assertThat(model.problemProperty().get()).as(model.messageProperty().get()).isFalse();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("stock.pdf").toFile())) {
            // 100 × 5.00 at MIL, 40 × 1.00 at BOL; neither ever shipped, so both are slow.
            assertThat(new PDFTextStripper().getText(pdf)).contains("All warehouses 2 540.00 \u20ac")
                    .contains("no DDT in the last 30 days \u2014 2 products, 540.00 \u20ac");
        }
        model.saveManagement(dir.resolve("stock.xlsx"), done::add);
        try (InputStream in = Files.newInputStream(dir.resolve("stock.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("By warehouse").getRow(3).getCell(2).getNumericCellValue()).isEqualTo(540.0);
            assertThat(book.getSheet("By warehouse - filtri")).as("what chose the rows").isNotNull();
        }

        model.managementProperty().set(ManagementReport.RETURNS);
        model.warehouseProperty().set("mil");
        model.saveManagement(dir.resolve("returns.xlsx"), done::add);
        try (InputStream in = Files.newInputStream(dir.resolve("returns.xlsx"));
             XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("By customer").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No return was authorised in this period.");
        }
        model.warehouseProperty().set("");
        model.managementProperty().set(ManagementReport.TICKETS);
        model.saveManagement(dir.resolve("tickets.pdf"), done::add);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("tickets.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Customer-care tickets")
                    .contains("No ticket was opened in this period");
        }
        assertThat(done).containsExactly(dir.resolve("stock.pdf"), dir.resolve("stock.xlsx"),
                dir.resolve("returns.xlsx"), dir.resolve("tickets.pdf"));
        assertThat(model.messageProperty().get()).isEqualTo("Saved tickets.pdf.");
    }

    @Test
    void theReportGoesToTheWorkstationsPrinter() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        it.ordo.testing.FilePrintService printer = it.ordo.testing.FilePrintService.register("Direzione-A4", spool);
        ReportsViewModel model = manager();
        model.managementProperty().set(ManagementReport.STOCK);

        model.printManagement(printer);

        assertThat(model.problemProperty().get()).as(model.messageProperty().get()).isFalse();
        assertThat(printer.jobs()).hasSize(1);
        try (PDDocument pdf = Loader.loadPDF(printer.jobs().getFirst().toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Value at cost by warehouse");
        }
    }

    @Test
    void badInputIsSaidOnScreenAndNoFileIsWritten() throws Exception {
        ReportsViewModel model = manager();
        model.managementProperty().set(ManagementReport.STOCK);
        model.slowDaysProperty().set("tre");
        model.saveManagement(dir.resolve("slow.pdf"), p -> { });
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Slow after days: \"tre\" is not a whole number of days.");

        model.managementProperty().set(ManagementReport.RETURNS);
        model.fromProperty().set(LocalDate.of(2026, 12, 1));
        model.toProperty().set(LocalDate.of(2026, 12, 31));
        model.saveManagement(dir.resolve("december.xlsx"), p -> { });
        assertThat(model.messageProperty().get()).startsWith("The period starts on");

        ReportsViewModel accountant = new ReportsViewModel(company.ctx.as(new Session("contabile",
                Set.of(Role.ACCOUNTING), false)), EN, new SameThreadExecutor());
        assertThat(accountant.mayPrintReports()).as("the section is not shown").isFalse();
        accountant.managementProperty().set(ManagementReport.STOCK);
        accountant.saveManagement(dir.resolve("cost.pdf"), p -> { });
        assertThat(accountant.problemProperty().get()).as("and the service refuses it anyway").isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written, no temporary file left").isEmpty();
        }
    }
}

package it.ordo.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.reporting.Dashboard;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard and the Reports area as a manager and an accountant use
 * them, through their view models: the tiles show the KPI service's
 * figures, the files are written where asked, and what cannot be done is
 * said on screen.
 */
class ReportingScreensTest {

    private static TestCompany company;
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @TempDir
    Path dir;

    @BeforeAll
    static void sales() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.clock.set(LocalDate.of(2026, 11, 3).atTime(10, 0).atZone(TestCompany.ROME).toInstant());
        company.order("C-A", "A-1", "P1", "10");
        company.clock.set(LocalDate.of(2026, 11, 27).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
        company.order("C-B", "B-1", "P1", "2", "P3", "1");
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void theTilesShowTheKpiServicesFigures() {
        DashboardViewModel model = new DashboardViewModel(company.ctx.kpis(), EN, new SameThreadExecutor());
        model.refresh();

        Dashboard d = company.ctx.kpis().dashboard();
        assertThat(model.tiles()).extracting(DashboardViewModel.Tile::id)
                .containsExactly("today", "week", "month", "margin", "backorders", "late", "fill", "fulfilment", "otif",
                        "returns", "tickets");
        assertThat(model.tiles().get(0).value()).isEqualTo(EN.money(d.day().totals().net()))
                .isEqualTo(EN.money(new BigDecimal("120.00")));
        assertThat(model.tiles().get(2).value()).isEqualTo(EN.money(new BigDecimal("220.00")));
        assertThat(model.tiles().get(2).detail()).contains("2 orders");
        // Three lines this month; P3 has no stock, so its line waits: 2 of 3.
        assertThat(model.tiles().get(6).value()).isEqualTo("66.7 %");
        assertThat(model.topCustomers()).extracting(g -> g.key()).containsExactly("C-B", "C-A");
        assertThat(model.topChannels()).hasSize(1);
        assertThat(model.messageProperty().get()).contains("2026");
    }

    /**
     * Opening the dashboard asks for the headline and the full reading side by side. When the headline answers
     * first, the sales, open-order and ticket tiles show their figures and the tiles that total the lines say
     * they are loading, with no figure at all (a margin of zero would be a lie); the full reading then fills them.
     */
    @Test
    void theTilesNeedingNoLineComeFirstAndTheOthersSayTheyAreLoading() {
        it.ordo.ui.QueuedExecutor executor = new it.ordo.ui.QueuedExecutor();
        DashboardViewModel model = new DashboardViewModel(company.ctx.kpis(), EN, executor);
        model.refresh();
        assertThat(executor.pending()).as("the headline and the full reading, side by side").isEqualTo(2);

        executor.runAt(0);

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(tile(model, "today").value()).isEqualTo(EN.money(new BigDecimal("120.00")));
        assertThat(tile(model, "month").value()).isEqualTo(EN.money(new BigDecimal("220.00")));
        assertThat(tile(model, "month").detail()).contains("2 orders");
        assertThat(tile(model, "backorders").loading()).isFalse();
        assertThat(tile(model, "tickets").loading()).isFalse();
        for (String id : List.of("margin", "fill", "fulfilment", "otif", "returns")) {
            DashboardViewModel.Tile t = tile(model, id);
            assertThat(t.loading()).as(id).isTrue();
            assertThat(t.value()).as(id).isEqualTo("Loading…");
            assertThat(t.value() + t.detail()).as(id + ": no figure while loading").doesNotContainPattern("[0-9]");
        }
        assertThat(model.topCustomers()).isEmpty();
        assertThat(model.messageProperty().get()).contains("2026");

        executor.runAt(0);

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.tiles()).noneMatch(DashboardViewModel.Tile::loading);
        assertThat(tile(model, "fill").value()).isEqualTo("66.7 %");
        assertThat(tile(model, "month").value()).isEqualTo(EN.money(new BigDecimal("220.00")));
        assertThat(model.topCustomers()).extracting(g -> g.key()).containsExactly("C-B", "C-A");
    }

    /** A headline answering after the full reading is older than it: it must not bring the loading tiles back. */
    @Test
    void aHeadlineArrivingAfterTheFullReadingChangesNothing() {
        it.ordo.ui.QueuedExecutor executor = new it.ordo.ui.QueuedExecutor();
        DashboardViewModel model = new DashboardViewModel(company.ctx.kpis(), EN, executor);
        model.refresh();

        executor.runAt(1);
        executor.runAt(0);

        assertThat(model.tiles()).noneMatch(DashboardViewModel.Tile::loading);
        assertThat(tile(model, "fill").value()).isEqualTo("66.7 %");
        // A later refresh reads everything again in one reading, the figures standing until it answers.
        model.refresh();
        assertThat(executor.pending()).isEqualTo(1);
        assertThat(tile(model, "fill").value()).isEqualTo("66.7 %");
        executor.runAll();
        assertThat(model.busyProperty().get()).isFalse();
    }

    /**
     * When the full reading fails, the tiles waiting for it stop saying "loading" and show no figure; the message
     * says why. (The failing service answers the headline as the real one and fails the full reading.)
     */
    @Test
    void aFailedFullReadingLeavesNoTileLoadingForEver() {
        it.ordo.ui.QueuedExecutor executor = new it.ordo.ui.QueuedExecutor();
        it.ordo.application.reporting.KpiService real = company.ctx.kpis();
        it.ordo.application.reporting.KpiService failing = new it.ordo.application.reporting.KpiService() {
            @Override
            public Dashboard dashboard() {
                // The connection lost while the lines are read, as a stopped server would leave it.
                throw new IllegalStateException(new java.sql.SQLException("connection lost", "08006"));
            }

            @Override
            public it.ordo.application.reporting.DashboardHeadline headline() {
                return real.headline();
            }

            @Override
            public it.ordo.application.reporting.CustomerFigures customerYear(String customerCode) {
                return real.customerYear(customerCode);
            }
        };
        DashboardViewModel model = new DashboardViewModel(failing, EN, executor);
        model.refresh();

        executor.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(tile(model, "month").value()).isEqualTo(EN.money(new BigDecimal("220.00")));
        assertThat(tile(model, "margin").loading()).isFalse();
        assertThat(tile(model, "margin").value()).isEqualTo("—");
        assertThat(tile(model, "margin").detail()).startsWith("Not read");
        assertThat(model.messageProperty().get()).isEqualTo(EN.get("ui.problem.database"));
    }

    private static DashboardViewModel.Tile tile(DashboardViewModel model, String id) {
        return model.tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void accountingExportsThePeriodAndAManagerSavesTheReport() throws Exception {
        ReportsViewModel model = new ReportsViewModel(company.ctx, EN, new SameThreadExecutor());
        // The default period is last month; the sales are in this one (November 2026).
        model.fromProperty().set(LocalDate.of(2026, 11, 1));
        model.toProperty().set(LocalDate.of(2026, 11, 27));
        List<Path> done = new ArrayList<>();

        model.exportSales(dir.resolve("sales.xlsx"), done::add);
        assertThat(model.problemProperty().get()).as(model.messageProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Exported 2 orders to sales.xlsx and its CSV.");
        assertThat(dir.resolve("sales.csv")).exists();
        try (InputStream in = Files.newInputStream(dir.resolve("sales.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Documents").getLastRowNum()).isEqualTo(2);
        }

        model.groupingProperty().set(SalesGrouping.PRODUCT);
        model.saveReport(dir.resolve("by-product.pdf"), done::add);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("by-product.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Sales by product").contains("P3");
        }
        model.saveReport(dir.resolve("by-product.xlsx"), done::add);
        assertThat(done).containsExactly(dir.resolve("sales.xlsx"), dir.resolve("by-product.pdf"),
                dir.resolve("by-product.xlsx"));
        assertThat(model.messageProperty().get()).isEqualTo("Saved by-product.xlsx.");

        model.warehouseProperty().set("MIL");
        model.saveFulfilment(dir.resolve("fulfilment.pdf"), done::add);
        assertThat(model.problemProperty().get()).as(model.messageProperty().get()).isFalse();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("fulfilment.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Order fulfilment, warehouse MIL")
                    .contains("No shipment left in this period.");
        }

        model.print(null);
        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("no printer");
    }

    @Test
    void theReportGoesToTheWorkstationsPrinterAsThePdfItSaves() throws Exception {
        Path spool = Files.createDirectories(dir.resolve("spool"));
        it.ordo.testing.FilePrintService printer = it.ordo.testing.FilePrintService.register("Ufficio-A4", spool);
        ReportsViewModel model = new ReportsViewModel(company.ctx, EN, new SameThreadExecutor());
        model.fromProperty().set(LocalDate.of(2026, 11, 1));
        model.toProperty().set(LocalDate.of(2026, 11, 27));
        model.groupingProperty().set(SalesGrouping.CUSTOMER);

        model.print(printer);

        assertThat(model.problemProperty().get()).as(model.messageProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).contains("Ufficio-A4");
        assertThat(printer.jobs()).hasSize(1);
        try (PDDocument pdf = Loader.loadPDF(printer.jobs().getFirst().toFile())) {
            // The printer got the report itself: the customers and the month's taxable (120.00 + 100.00 + 20.00 = 220.00 at list).
            assertThat(new PDFTextStripper().getText(pdf)).contains("Sales by customer").contains("Alfa S.r.l.")
                    .contains("Beta S.p.A.").contains(EN.money(new BigDecimal("220.00")));
        }
    }

    @Test
    void aReversedPeriodIsSaidOnScreenAndNoFileIsWritten() {
        ReportsViewModel model = new ReportsViewModel(company.ctx, EN, new SameThreadExecutor());
        model.fromProperty().set(LocalDate.of(2026, 11, 27));
        model.toProperty().set(LocalDate.of(2026, 11, 1));

        model.exportSales(dir.resolve("sales.xlsx"), p -> { });

        assertThat(model.problemProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("The period is reversed");
        assertThat(dir.resolve("sales.xlsx")).doesNotExist();
    }
}

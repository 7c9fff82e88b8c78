package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.fulfilment.CarrierView;
import it.ordo.application.fulfilment.ShipRequest;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.DomainException;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import it.ordo.ui.reporting.DashboardViewModel;
import it.ordo.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Order fulfilment of November 2026, hand-computed (today is the 27th):
 * <pre>
 * order  confirmed      promised   shipped               hours  delivered (BRT)   hours
 * A      2 Nov 09:00    2 Nov      2 Nov 15:00 BRT          6   3 Nov 15:00          30
 * B      3 Nov 09:00    3 Nov      4 Nov 09:00 BRT         24
 * C      4 Nov 09:00    4 Nov      4 Nov 11:00 BRT          2
 * D      5 Nov 09:00    5 Nov      5 Nov 19:00 own vans    10
 * E      5 Nov 09:00    5 Nov      not shipped
 * F      2 Nov 09:00    -          waits for P3 (no stock, no supply: no promise)
 * G     25 Nov 09:00    -          waits for P3
 * H     27 Nov 09:00    27 Nov     not shipped yet (its van leaves tonight)
 * </pre>
 * P1 is in stock, so each of A to E and H is promised for the day it is confirmed.
 * BRT: 3 shipments, hours 2, 6, 24: median 6.0, 90th percentile (3rd of 3) 24.0; 1 delivered in 30.0.
 * Own vans: 1 shipment, 10.0. All: 2, 6, 10, 24: median (6 + 10) ÷ 2 = 8.0, 90th percentile (4th of 4) 24.0.
 * On time in full: A, C, D of the five promised (B left late, E not shipped) = 60 %; H may still keep its
 * promise today, so it is not counted yet.
 * Waiting for stock: F 25 days (8–30), G 2 days (up to 7).
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class FulfilmentReportTest {

    private static final SalesPeriod NOVEMBER = new SalesPeriod(LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 27));
    private static TestCompany company;

    @BeforeAll
    static void aMonthOfShipments() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.ctx.fulfilment().saveCarrier(new CarrierView("BRT", "BRT S.p.A.", "Via Emilia 1, Bologna", null));
        OrderView a = place(2, 9, "P1");
        OrderView f = place(2, 9, "P3");
        ship(a, 2, 15, TransportBy.CARRIER, "BRT0001");
        OrderView b = place(3, 9, "P1");
        OrderView c = place(4, 9, "P1");
        ship(b, 4, 9, TransportBy.CARRIER, "BRT0002");
        ship(c, 4, 11, TransportBy.CARRIER, "BRT0003");
        OrderView d = place(5, 9, "P1");
        OrderView e = place(5, 9, "P1");
        ship(d, 5, 19, TransportBy.SENDER, null);
        at(6, 8);
        company.ctx.fulfilment().importTracking(List.of(new ImportRow(2, Map.of("tracking", "BRT0001",
                "time", "2026-11-03 15:00", "status", "CONSEGNATA", "place", "Bologna"))));
        OrderView g = place(25, 9, "P3");
        OrderView h = place(27, 9, "P1");
        at(27, 12);
        // The hand-computed table above rests on these promises.
        assertThat(List.of(a, b, c, d, e).stream().map(o -> company.ctx.orders().show(o.number()).promisedDate()))
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4),
                        LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5));
        assertThat(company.ctx.orders().show(f.number()).promisedDate()).isNull();
        assertThat(company.ctx.orders().show(g.number()).promisedDate()).isNull();
        assertThat(company.ctx.orders().show(h.number()).promisedDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    private static void at(int day, int hour) {
        company.clock.set(LocalDate.of(2026, 11, day).atTime(hour, 0).atZone(TestCompany.ROME).toInstant());
    }

    private static OrderView place(int day, int hour, String sku) {
        at(day, hour);
        return company.ctx.orders().place(new OrderRequest(null, Channel.PHONE, "C-B", null, null,
                Priority.NORMAL, null, List.of(new OrderRequest.LineRequest(sku, null, BigDecimal.ONE))));
    }

    private static void ship(OrderView order, int day, int hour, TransportBy by, String tracking) {
        at(day, hour);
        company.ctx.fulfilment().startPicking(List.of(order.number()));
        company.ctx.fulfilment().ship(new ShipRequest(order.number(), by, tracking == null ? null : "BRT", null, null,
                null, null, List.of(new ShipRequest.ParcelRequest(null, null, null, null, tracking,
                        List.of(new ShipRequest.Item("P1", BigDecimal.ONE))))));
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void timesToShipAndDeliverByCarrierOnTimeInFullAndBackordersByAge() {
        FulfilmentReport r = company.ctx.salesReports().fulfilment(NOVEMBER, null);

        assertThat(r.groups()).hasSize(2);
        FulfilmentGroup brt = r.groups().get(0);
        assertThat(brt.warehouse()).isEqualTo("MIL");
        assertThat(brt.carrier()).isEqualTo("BRT");
        assertThat(brt.shipments()).isEqualTo(3);
        assertThat(brt.medianHoursToShip()).isEqualByComparingTo("6.0");
        assertThat(brt.p90HoursToShip()).isEqualByComparingTo("24.0");
        assertThat(brt.delivered()).isEqualTo(1);
        assertThat(brt.medianHoursToDeliver()).isEqualByComparingTo("30.0");
        FulfilmentGroup own = r.groups().get(1);
        assertThat(own.carrier()).isNull();
        assertThat(own.shipments()).isEqualTo(1);
        assertThat(own.medianHoursToShip()).isEqualByComparingTo("10.0");
        assertThat(own.medianHoursToDeliver()).isNull();

        assertThat(r.total().shipments()).isEqualTo(4);
        assertThat(r.total().medianHoursToShip()).isEqualByComparingTo("8.0");
        assertThat(r.total().p90HoursToShip()).isEqualByComparingTo("24.0");
        assertThat(r.onTimeInFull().promised()).isEqualTo(5);
        assertThat(r.onTimeInFull().kept()).isEqualTo(3);
        assertThat(r.onTimeInFull().rate()).isEqualByComparingTo("0.6");
        assertThat(r.backorders()).extracting(BackorderAge::orders).containsExactly(1L, 1L, 0L);
        assertThat(r.backorders()).extracting(BackorderAge::oldestDays).containsExactly(2L, 25L, 0L);
    }

    @Test
    void theDashboardShowsTheMonthsFiguresOfTheReport() {
        Dashboard d = company.ctx.kpis().dashboard();
        FulfilmentReport r = company.ctx.salesReports().fulfilment(NOVEMBER, null);
        assertThat(d.monthFulfilment()).isEqualTo(r.total());
        assertThat(d.monthOnTimeInFull()).isEqualTo(r.onTimeInFull());
        assertThat(d.ordersWithBackorders()).as("the tile counts the report's backorders")
                .isEqualTo(r.backorders().stream().mapToLong(BackorderAge::orders).sum());

        DashboardViewModel model = new DashboardViewModel(company.ctx.kpis(), new Texts(Locale.ENGLISH),
                new SameThreadExecutor());
        model.refresh();
        DashboardViewModel.Tile time = model.tiles().stream().filter(t -> t.id().equals("fulfilment")).findFirst()
                .orElseThrow();
        assertThat(time.value()).isEqualTo("8 h");
        assertThat(time.detail()).isEqualTo("Median of 4 shipments; 90 % within 24 h");
        DashboardViewModel.Tile otif = model.tiles().stream().filter(t -> t.id().equals("otif")).findFirst()
                .orElseThrow();
        assertThat(otif.value()).isEqualTo("60 %");
        assertThat(otif.detail()).startsWith("3 of 5 orders");
    }

    @Test
    void thePrintedReportShowsTheSameFiguresAndAChart() throws Exception {
        byte[] pdf = company.ctx.salesReports().fulfilmentPdf(NOVEMBER, null, "en");
        String out = System.getProperty("ordo.test.pdfOut");
        if (out != null) {
            // To look at the page (docs/screenshots): -Dordo.test.pdfOut=DIR
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(out));
            java.nio.file.Files.write(java.nio.file.Path.of(out, "report-fulfilment.pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Distribuzioni Prova S.r.l.").contains("Order fulfilment")
                    .contains("from 01 Nov 2026 to 27 Nov 2026").contains("BRT").contains("Own transport or collected")
                    .contains("6.0 h").contains("24.0 h").contains("30.0 h").contains("8.0 h")
                    .contains("60.0%: 3 of 5 orders promised in the period")
                    .contains("Up to 7 days: 1").contains("8 to 30 days: 1").contains("the oldest: 25 days")
                    .contains("Page 1 of 1");
            boolean image = false;
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                image |= doc.getPage(0).getResources().getXObject(name) instanceof PDImageXObject;
            }
            assertThat(image).as("the chart of median hours").isTrue();
        }
        try (PDDocument doc = Loader.loadPDF(company.ctx.salesReports().fulfilmentPdf(NOVEMBER, "MIL", "it"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Evasione ordini, magazzino MIL")
                    .contains("Mezzo proprio o ritiro").contains("8,0 h").contains("Pagina 1 di 1");
        }
    }

    @Test
    // The command opens the company's embedded database in this JVM and shuts it down when it ends, as a
    // command does: the class's other tests, which share the company, run before it.
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void theCommandWritesTheSameFiguresToExcel(@TempDir Path dir) throws Exception {
        Path xlsx = dir.resolve("evasione.xlsx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(new String[] {"--data-dir", company.dir.toString(), "report", "fulfilment",
                    "--from", "2026-11-01", "--to", "2026-11-27", "--warehouse", "mil", "--out", xlsx.toString()},
                    o, e, Map.of());
        }
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Fulfilment");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("BRT");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(6.0);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(24.0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Own transport or collected");
            Row all = sheet.getRow(3);
            assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(4.0);
            assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(8.0);
            assertThat(all.getCell(6).getNumericCellValue()).isEqualTo(30.0);
            // The command runs on the real clock, days after the 27th: H, promised for the 27th and never shipped,
            // has missed its promise by now and counts (3 of 6), where on the 27th it did not yet (3 of 5).
            Row otif = book.getSheet("On time and backorders").getRow(1);
            assertThat(otif.getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(otif.getCell(2).getNumericCellValue()).isEqualTo(6.0);
            assertThat(otif.getCell(3).getNumericCellValue()).as("50 %, as Excel holds a percentage").isEqualTo(0.5);
        }

        // The sales report shares the command's file handling: a grouping it does not know is refused before any
        // file is touched, and a PDF is written whole.
        Path pdf = dir.resolve("vendite.pdf");
        int[] refused = new int[1];
        String refusal = cli(refused, "report", "sales", "--by", "agente", "--from", "2026-11-01", "--to", "2026-11-27",
                "--out", pdf.toString());
        assertThat(refused[0]).isEqualTo(Cli.USAGE);
        assertThat(refusal).contains("agente");
        assertThat(pdf).doesNotExist();
        int[] written = new int[1];
        String why = cli(written, "report", "sales", "--by", "channel", "--from", "2026-11-01", "--to", "2026-11-27",
                "--out", pdf.toString());
        assertThat(written[0]).as(why).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        int[] again = new int[1];
        assertThat(cli(again, "report", "sales", "--by", "channel", "--from", "2026-11-01", "--to", "2026-11-27",
                "--out", pdf.toString())).contains(pdf.getFileName().toString());
        assertThat(again[0]).as("an existing file is kept without --force").isEqualTo(Cli.USAGE);
    }

    /** Runs a command on the company's folder; its exit code in {@code exit[0]}, its standard error returned. */
    private static String cli(int[] exit, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = company.dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        try (PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit[0] = Cli.run(all, o, e, Map.of());
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPeriodWithoutShipmentsSaysSoAndOnlyManagersSeeIt() throws Exception {
        SalesPeriod october = new SalesPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        FulfilmentReport empty = company.ctx.salesReports().fulfilment(october, null);
        assertThat(empty.groups()).isEmpty();
        assertThat(empty.total().medianHoursToShip()).isNull();
        assertThat(empty.onTimeInFull().rate()).isNull();
        try (PDDocument doc = Loader.loadPDF(company.ctx.salesReports().fulfilmentPdf(october, null, "en"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("No shipment left in this period.")
                    .contains("No order was promised for a day of this period.");
        }
        assertThatThrownBy(() -> company.ctx.salesReports().fulfilment(
                new SalesPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("report.period.future"));
        assertThatThrownBy(() -> company.ctx.salesReports().fulfilment(NOVEMBER, "XYZ"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("notFound.warehouse"));
        assertThatThrownBy(() -> company.ctx.as(new Session("magazzino", Set.of(Role.WAREHOUSE), false))
                .salesReports().fulfilment(NOVEMBER, null)).isInstanceOf(AccessDeniedException.class);
    }
}

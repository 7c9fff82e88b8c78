package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * One figure, three places: the dashboard's tile, the printed report and
 * the accountants' Excel show the same amount for the same period, checked
 * against answers worked out by hand from list prices (P1 10.00 € at 22 %,
 * P2 2.50 €/kg at 10 %, P3 100.00 € at 4 %; costs 5.00, 1.00, 60.00).
 * Today is Friday 27 November 2026: the week starts on Monday the 23rd.
 */
class SameFigureEverywhereTest {

    private static TestCompany company;
    private static final Texts EN = new Texts(Locale.ENGLISH);
    private static final SalesPeriod WEEK = new SalesPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27));
    private static List<OrderView> placed;

    @BeforeAll
    static void sales() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P2", "MIL", "2");
        company.receive("P3", "MIL", "5");
        // 2 Nov, this month: 100.00 + 4.00 VAT, promised for the 5th and still not shipped: late.
        at(2, 10);
        OrderView nov2 = place(Channel.AGENT, "C-B", LocalDate.of(2026, 11, 5), "P3", "1");
        // 24 Nov, this week: 10 × 10.00 = 100.00 + 22.00 VAT, on the web shop.
        at(24, 10);
        OrderView nov24 = place(Channel.WEB, "C-B", null, "P1", "10");
        // Today: 4 kg × 2.50 = 10.00 + 1.00 VAT; 2 kg on hand, so 2 kg wait for stock.
        at(27, 9);
        OrderView today = place(Channel.PHONE, "C-C", null, "P2", "4");
        placed = List.of(nov2, nov24, today);
    }

    private static void at(int day, int hour) {
        company.clock.set(LocalDate.of(2026, 11, day).atTime(hour, 0).atZone(TestCompany.ROME).toInstant());
    }

    private static OrderView place(Channel channel, String customer, LocalDate requested, String sku, String qty) {
        return company.ctx.orders().place(new OrderRequest(null, channel, customer, null, requested, Priority.NORMAL,
                null, List.of(new OrderRequest.LineRequest(sku, null, new BigDecimal(qty)))));
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void theDashboardShowsTheHandComputedFigures() {
        Dashboard d = company.ctx.kpis().dashboard();

        assertThat(d.day().totals().orders()).isEqualTo(1);
        assertThat(d.day().totals().gross()).isEqualByComparingTo("11.00");
        assertThat(d.week().totals().orders()).isEqualTo(2);
        assertThat(d.week().totals().net()).isEqualByComparingTo("110.00");
        assertThat(d.week().totals().gross()).isEqualByComparingTo("133.00");
        assertThat(d.month().totals().orders()).isEqualTo(3);
        assertThat(d.month().totals().net()).isEqualByComparingTo("210.00");
        assertThat(d.month().totals().vat()).isEqualByComparingTo("27.00");
        assertThat(d.month().totals().cost()).isEqualByComparingTo("114.00");
        assertThat(d.month().totals().margin()).isEqualByComparingTo("96.00");
        assertThat(d.month().totals().fillRate()).isEqualByComparingTo("0.6667");
        assertThat(d.ordersWithBackorders()).isEqualTo(1);
        long late = placed.stream().map(o -> company.ctx.orders().show(o.number()))
                .filter(o -> o.promisedDate() != null && o.promisedDate().isBefore(LocalDate.of(2026, 11, 27)))
                .count();
        assertThat(late).isGreaterThanOrEqualTo(1);
        assertThat(d.lateOrders()).isEqualTo(late);
        assertThat(d.topCustomers()).extracting(SalesGroup::key).containsExactly("C-B", "C-C");
        assertThat(d.topCustomers().getFirst().net()).isEqualByComparingTo("200.00");
        assertThat(d.topChannels()).extracting(SalesGroup::key).containsExactly("AGENT", "WEB", "PHONE");
    }

    @Test
    void theWeeksValueIsTheSameOnTheTileOnPaperAndInExcel() throws Exception {
        BigDecimal tile = company.ctx.kpis().dashboard().week().totals().net();

        SalesReport report = company.ctx.salesReports().sales(SalesGrouping.CHANNEL, WEEK);
        assertThat(report.totals().net()).isEqualByComparingTo(tile);
        assertThat(report.groups().stream().map(SalesGroup::net).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(tile);
        byte[] pdf = company.ctx.salesReports().salesPdf(SalesGrouping.CHANNEL, WEEK, "en");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
            assertThat(hasPicture(doc)).as("the chart of taxable and margin by channel").isTrue();
        }
        assertThat(text).contains("Distribuzioni Prova S.r.l.").contains("Sales by channel")
                .contains("Orders confirmed from 23 Nov 2026 to 27 Nov 2026").contains("Web shop")
                .contains("Page 1 of 1").contains("€110.00").contains("€133.00")
                .contains("Taxable and margin by channel");

        SalesExport export = company.ctx.salesExport().sales(WEEK);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = company.ctx.spreadsheets().writer(SpreadsheetFormat.XLSX, xlsx,
                TestCompany.ROME)) {
            SalesExportWorkbook.write(export, writer, SpreadsheetFormat.XLSX, EN::get);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var documents = book.getSheet("Documents");
            int net = documents.getRow(0).getLastCellNum() - 3;
            assertThat(SalesExportTest.sum(documents, net)).isEqualByComparingTo(tile);
        }
    }

    @Test
    void theItalianReportAndAnEmptyPeriodSayWhatTheyHold() throws Exception {
        byte[] pdf = company.ctx.salesReports().salesPdf(SalesGrouping.CUSTOMER,
                new SalesPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)), "it");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Vendite per cliente").contains("Nessun ordine confermato in questo periodo")
                    .contains("Pagina 1 di 1").doesNotContain("Imponibile e margine");
            assertThat(hasPicture(doc)).as("no chart of an empty period").isFalse();
        }
        try (PDDocument doc = Loader.loadPDF(company.ctx.salesReports().salesPdf(SalesGrouping.CUSTOMER, WEEK,
                "it"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Imponibile e margine dei clienti maggiori")
                    .contains("Beta S.p.A.");
            assertThat(hasPicture(doc)).isTrue();
        }
    }

    private static boolean hasPicture(PDDocument doc) throws java.io.IOException {
        for (var page : doc.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void onlyAManagerSeesTheMargins() {
        var accounting = company.ctx.as(new Session("contabile", Set.of(Role.ACCOUNTING), false));
        assertThatThrownBy(() -> accounting.kpis().dashboard()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounting.salesReports().sales(SalesGrouping.CUSTOMER, WEEK))
                .isInstanceOf(AccessDeniedException.class);
        var manager = company.ctx.as(new Session("direttore", Set.of(Role.MANAGER), false));
        assertThat(manager.kpis().dashboard().week().totals().orders()).isEqualTo(2);
    }
}

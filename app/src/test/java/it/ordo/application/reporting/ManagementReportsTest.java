package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketView;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.Priority;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.security.Role;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.io.InputStream;
import java.math.BigDecimal;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The returns, tickets and stock reports on a month worked out by hand (November 2026, today the 27th, 09:00;
 * C-B and C-C pay list prices: P1 10.00 €, P3 100.00 €; unit costs P1 5.00, P2 1.00, P3 60.00 €).
 * <pre>
 * shipped (DDT)   2 Nov  A of C-B: 10 × P1 = 100.00, 2 × P3 = 200.00      3 Nov  B of C-C: 20 × P1 = 200.00
 * returns        10 Nov  A: 3 × P1 (30.00) + 1 × P3 (100.00) "Merce danneggiata"
 *                11 Nov  B: 2 × P1 (20.00) "  merce   DANNEGGIATA "       12 Nov  B: 1 × P1 (10.00) "Articolo errato"
 * </pre>
 * Return rate by value: 160.00 ÷ 500.00 = 32 %. C-B 130 ÷ 300 = 43.33 %, C-C 30 ÷ 200 = 15 %.
 * P3: 1 of 2 = 50 %, 100 ÷ 200 = 50 %; P1: 6 of 30 = 20 %, 60 ÷ 300 = 20 %. Reasons: damaged 2 of 3 returns
 * (66.67 %, 6 pieces, 150.00), wrong item 1 (33.33 %, 1, 10.00).
 * <pre>
 * tickets  T1 C-B damaged   2 Nov 10:00 due  3 Nov 10:00 (B: 24 h) resolved  2 Nov 16:00 (6 h)   kept
 *          T2 C-C damaged   3 Nov 10:00 due  5 Nov 10:00 (C: 48 h) resolved  6 Nov 10:00 (72 h)  missed
 *          T3 C-A late      4 Nov 10:00 due  4 Nov 18:00 (A: 8 h)  open                          missed, past due now
 *          T4 C-B late     26 Nov 10:00 due 27 Nov 10:00           open, not yet due             undecided
 *          T5 C-B other    20 Oct 10:00 (before the period)        open                          past due now
 * </pre>
 * Damaged: 2 opened, 2 resolved, 1 kept of 2 = 50 %, median (6 + 72) ÷ 2 = 39.0 h, 90th percentile 72.0 h.
 * Late: 2 opened, 0 resolved, 0 kept of 1 = 0 %, 1 past due. Other: 0 opened, 1 past due.
 * All: 4 opened, 2 resolved, 1 kept of 3 = 33.33 %, 39.0 h and 72.0 h, 2 past due.
 * <p>
 * Stock on 27 Nov: MIL P1 70 × 5.00 = 350.00 (Viteria), P3 8 × 60.00 = 480.00 (Libri); BOL P2 50 × 1.00 = 50.00
 * (Concimi, never shipped). Total 880.00. Slow after 25 days: P3 (last DDT 2 Nov, 25 days) and P2 (never):
 * 530.00; P1 left on 3 Nov (24 days) is not slow. P1's reorder point is 80: 70 available at MIL, 10 short;
 * none at BOL (its stock row holds nothing), 80 short, listed first.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ManagementReportsTest {

    private static final SalesPeriod NOVEMBER = new SalesPeriod(LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 27));
    private static final Texts EN = new Texts(Locale.ENGLISH);

    private static TestCompany company;

    @TempDir
    Path dir;

    @BeforeAll
    static void aMonthOfReturnsAndTickets() {
        company = TestCompany.standard();
        company.products(TestCompany.row("sku", "P1", "ean", "4006381333931", "description", "Vite 4x40",
                "category", "Viteria", "unit", "PCS", "vatRate", "22", "unitCost", "5.00", "listPrice", "10.00",
                "weightKg", "0.010", "reorderPoint", "80"));
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "10");
        company.receive("P2", "BOL", "50");
        at(10, 20, 10);
        ticket("C-B", TicketCategory.OTHER);
        at(11, 2, 9);
        OrderView a = place("C-B", "P1", "10", "P3", "2");
        ship(a);
        at(11, 2, 10);
        TicketView t1 = ticket("C-B", TicketCategory.DAMAGED_GOODS);
        at(11, 2, 16);
        company.ctx.tickets().changeStatus(t1.number(), TicketStatus.RESOLVED);
        at(11, 3, 9);
        OrderView b = place("C-C", "P1", "20");
        ship(b);
        at(11, 3, 10);
        TicketView t2 = ticket("C-C", TicketCategory.DAMAGED_GOODS);
        at(11, 4, 10);
        ticket("C-A", TicketCategory.LATE_DELIVERY);
        at(11, 6, 10);
        company.ctx.tickets().changeStatus(t2.number(), TicketStatus.RESOLVED);
        at(11, 10, 10);
        giveBack(a, "Merce danneggiata", 1, "3", 2, "1");
        at(11, 11, 10);
        giveBack(b, "  merce   DANNEGGIATA ", 1, "2");
        at(11, 12, 10);
        giveBack(b, "Articolo errato", 1, "1");
        at(11, 26, 10);
        ticket("C-B", TicketCategory.LATE_DELIVERY);
        at(11, 27, 9);
    }

    private static void at(int month, int day, int hour) {
        company.clock.set(LocalDate.of(2026, month, day).atTime(hour, 0).atZone(TestCompany.ROME).toInstant());
    }

    private static OrderView place(String customer, String... skuQty) {
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(new OrderRequest.LineRequest(skuQty[i], null, new BigDecimal(skuQty[i + 1])));
        }
        return company.ctx.orders().place(new OrderRequest(null, Channel.PHONE, customer, null, null,
                Priority.NORMAL, null, lines));
    }

    private static void ship(OrderView order) {
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
    }

    private static TicketView ticket(String customer, TicketCategory category) {
        return company.ctx.tickets().open(new NewTicket(customer, category, TicketPriority.NORMAL,
                "Segnalazione " + category, "Il cliente chiama", null, null));
    }

    private static void giveBack(OrderView order, String reason, Object... lineQty) {
        List<NewReturn.LineQty> lines = new ArrayList<>();
        for (int i = 0; i < lineQty.length; i += 2) {
            lines.add(new NewReturn.LineQty((Integer) lineQty[i], new BigDecimal((String) lineQty[i + 1])));
        }
        company.ctx.returns().open(new NewReturn(order.number(), null, reason, ReturnWish.REFUND, lines));
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void returnRatesByCustomerAndProductAndTheReasons() {
        ReturnsReport report = company.ctx.managementReports().returns(NOVEMBER, null);

        ReturnGroup all = report.total();
        assertThat(all.shippedValue()).isEqualByComparingTo("500.00");
        assertThat(all.returnedValue()).isEqualByComparingTo("160.00");
        assertThat(all.valueRate()).isEqualByComparingTo("0.3200");
        assertThat(all.returnedQty()).isEqualByComparingTo("7");
        assertThat(all.returns()).isEqualTo(3);

        assertThat(report.byCustomer()).extracting(ReturnGroup::key).containsExactly("C-B", "C-C");
        ReturnGroup beta = report.byCustomer().get(0);
        assertThat(beta.shippedValue()).isEqualByComparingTo("300.00");
        assertThat(beta.returnedValue()).isEqualByComparingTo("130.00");
        assertThat(beta.valueRate()).isEqualByComparingTo("0.4333");
        ReturnGroup gamma = report.byCustomer().get(1);
        assertThat(gamma.returnedValue()).isEqualByComparingTo("30.00");
        assertThat(gamma.valueRate()).isEqualByComparingTo("0.1500");
        assertThat(gamma.returns()).isEqualTo(2);

        assertThat(report.byProduct()).extracting(ReturnGroup::key).containsExactly("P3", "P1");
        ReturnGroup p3 = report.byProduct().get(0);
        assertThat(p3.shippedQty()).isEqualByComparingTo("2");
        assertThat(p3.quantityRate()).isEqualByComparingTo("0.5000");
        assertThat(p3.valueRate()).isEqualByComparingTo("0.5000");
        ReturnGroup p1 = report.byProduct().get(1);
        assertThat(p1.shippedQty()).isEqualByComparingTo("30");
        assertThat(p1.returnedQty()).isEqualByComparingTo("6");
        assertThat(p1.quantityRate()).isEqualByComparingTo("0.2000");
        assertThat(p1.returnedValue()).isEqualByComparingTo("60.00");
        assertThat(p1.returns()).isEqualTo(3);

        assertThat(report.reasons()).extracting(ReturnReason::reason, ReturnReason::returns)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Merce danneggiata", 2L),
                        org.assertj.core.groups.Tuple.tuple("Articolo errato", 1L));
        assertThat(report.reasons().get(0).share()).isEqualByComparingTo("0.6667");
        assertThat(report.reasons().get(0).quantity()).isEqualByComparingTo("6");
        assertThat(report.reasons().get(0).value()).isEqualByComparingTo("150.00");
    }

    @Test
    void theDashboardTilesShowTheReportsFigures() {
        // Today is the 27th: the dashboard's month is the report's period.
        Dashboard d = company.ctx.kpis().dashboard();
        assertThat(d.monthReturns().valueRate()).isEqualByComparingTo("0.3200")
                .isEqualByComparingTo(company.ctx.managementReports().returns(NOVEMBER, null).total().valueRate());
        assertThat(d.monthReturns().returnedValue()).isEqualByComparingTo("160.00");
        assertThat(d.ticketsOverSla()).isEqualTo(2)
                .isEqualTo(company.ctx.managementReports().tickets(NOVEMBER).total().openOverSlaNow());
        it.ordo.ui.reporting.DashboardViewModel tiles = new it.ordo.ui.reporting.DashboardViewModel(
                company.ctx.kpis(), EN, new it.ordo.ui.SameThreadExecutor());
        tiles.refresh();
        assertThat(tiles.tiles()).filteredOn(t -> t.id().equals("returns")).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("32 %"));
        assertThat(tiles.tiles()).filteredOn(t -> t.id().equals("tickets")).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualTo("2"));
    }

    @Test
    void theReturnRateTileOpensTheReturnsItCounts() {
        Dashboard d = company.ctx.kpis().dashboard();
        assertThat(company.ctx.returns().authorised(d.month().period().from(), d.month().period().to(), 0, 50))
                .hasSize(3).hasSize((int) d.monthReturns().returns());
        it.ordo.ui.support.ReturnsViewModel list = new it.ordo.ui.support.ReturnsViewModel(company.ctx.returns(),
                company.ctx.orders(), EN, new it.ordo.ui.SameThreadExecutor(), TestCompany.TODAY);
        list.showAuthorised(NOVEMBER.from(), NOVEMBER.to());
        assertThat(list.rows()).hasSize(3);
        assertThat(list.periodText()).isEqualTo(EN.get("care.returns.authorisedIn", NOVEMBER.from(), NOVEMBER.to()));
        list.showAll();
        assertThat(list.rows()).as("every day: the same three, the only returns").hasSize(3);
        assertThat(company.ctx.returns().authorised(LocalDate.of(2026, 11, 13), NOVEMBER.to(), 0, 50)).isEmpty();
        assertThatThrownBy(() -> company.ctx.returns().authorised(NOVEMBER.to(), NOVEMBER.from(), 0, 50))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("report.period.reversed"));
    }

    @Test
    void theReturnsPdfAndSheetsShowTheSameFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().returnsPdf(NOVEMBER, null, "en"))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Distribuzioni Prova S.r.l.", "Returns", "Printed on", "Page 1 of 1",
                    "C-B \u00b7 Beta S.p.A. 300.00 \u20ac 130.00 \u20ac 43.3 %",
                    "All customers 500.00 \u20ac 160.00 \u20ac 32.0 % 7 3",
                    "Merce danneggiata 2 66.7 % 6 150.00 \u20ac");
        }
        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().returnsPdf(NOVEMBER, null, "it"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Resi", "Pagina 1 di 1",
                    "Tutti i clienti 500,00 \u20ac 160,00 \u20ac 32,0 %");
        }
        ReturnsReport report = company.ctx.managementReports().returns(NOVEMBER, null);
        try (XSSFWorkbook book = write(ManagementTables.in(EN::get).tables(report))) {
            Sheet customers = book.getSheet("By customer");
            Row total = customers.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("All customers");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(500.0);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(160.0);
            assertThat(total.getCell(3).getNumericCellValue()).as("32 %, as Excel holds it").isEqualTo(0.32);
            assertThat(book.getSheet("By product").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("P3 \u00b7 Manuale tecnico");
            assertThat(book.getSheet("Reasons").getRow(2).getCell(4).getNumericCellValue()).isEqualTo(10.0);
        }
    }

    @Test
    void aWarehouseWithoutReturnsSaysSo() throws Exception {
        ReturnsReport report = company.ctx.managementReports().returns(NOVEMBER, "bol");
        assertThat(report.warehouse()).isEqualTo("BOL");
        assertThat(report.byCustomer()).isEmpty();
        assertThat(report.total().valueRate()).as("nothing shipped from BOL").isNull();
        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().returnsPdf(NOVEMBER, "BOL", "en"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Returns \u00b7 warehouse BOL",
                    "No return was authorised in this period.");
        }
    }

    @Test
    void ticketsByCategoryWithServiceLevelAndTimeToResolve() {
        TicketsReport report = company.ctx.managementReports().tickets(NOVEMBER);

        assertThat(report.byCategory()).extracting(TicketGroup::category).containsExactly(
                TicketCategory.DAMAGED_GOODS, TicketCategory.LATE_DELIVERY, TicketCategory.OTHER);
        TicketGroup damaged = report.byCategory().get(0);
        assertThat(damaged.opened()).isEqualTo(2);
        assertThat(damaged.resolved()).isEqualTo(2);
        assertThat(damaged.slaKept()).isEqualTo(1);
        assertThat(damaged.slaKeptRate()).isEqualByComparingTo("0.5000");
        assertThat(damaged.medianHoursToResolve()).isEqualByComparingTo("39.0");
        assertThat(damaged.p90HoursToResolve()).isEqualByComparingTo("72.0");
        TicketGroup late = report.byCategory().get(1);
        assertThat(late.opened()).isEqualTo(2);
        assertThat(late.slaDecided()).as("the one due at 10:00 today is not decided yet").isEqualTo(1);
        assertThat(late.slaKeptRate()).isEqualByComparingTo("0");
        assertThat(late.medianHoursToResolve()).isNull();
        assertThat(late.openOverSlaNow()).isEqualTo(1);
        TicketGroup other = report.byCategory().get(2);
        assertThat(other.opened()).isZero();
        assertThat(other.openOverSlaNow()).isEqualTo(1);
        TicketGroup all = report.total();
        assertThat(all.opened()).isEqualTo(4);
        assertThat(all.slaDecided()).isEqualTo(3);
        assertThat(all.slaKeptRate()).isEqualByComparingTo("0.3333");
        assertThat(all.medianHoursToResolve()).isEqualByComparingTo("39.0");
        assertThat(all.openOverSlaNow()).isEqualTo(2);
    }

    @Test
    void theTicketsPdfAndSheetShowTheSameFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().ticketsPdf(NOVEMBER, "en"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Customer-care tickets",
                    "Damaged goods 2 2 50.0 % 39 72 0", "All tickets 4 2 33.3 % 39 72 2");
        }
        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().ticketsPdf(NOVEMBER, "it"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Merce danneggiata 2 2 50,0 % 39 72 0");
        }
        try (XSSFWorkbook book = write(ManagementTables.in(EN::get).tables(
                company.ctx.managementReports().tickets(NOVEMBER)))) {
            Row all = book.getSheet("Tickets").getRow(4);
            assertThat(all.getCell(0).getStringCellValue()).isEqualTo("All tickets");
            assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(0.3333);
            assertThat(all.getCell(4).getNumericCellValue()).isEqualTo(39.0);
            assertThat(all.getCell(6).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void theReturnsAndTicketsReportsDrawTheirChartsFromTheirTables() throws Exception {
        ManagementTables tables = ManagementTables.in(EN::get);
        List<ReportChart> returnCharts = tables.charts(company.ctx.managementReports().returns(NOVEMBER, null));
        assertThat(returnCharts).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Returns by reason (number of returns)");
            assertThat(c.bars()).extracting(ReportChart.Bar::label).containsExactly("Merce danneggiata",
                    "Articolo errato");
            assertThat(c.bars()).extracting(b -> b.value().intValueExact()).containsExactly(2, 1);
        });
        List<ReportChart> ticketCharts = tables.charts(company.ctx.managementReports().tickets(NOVEMBER));
        assertThat(ticketCharts).extracting(ReportChart::title).containsExactly("Tickets opened by category",
                "SLA kept by category (of the tickets decided)");
        assertThat(ticketCharts.get(0).bars()).extracting(ReportChart.Bar::label, b -> b.value().intValueExact())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Damaged goods", 2),
                        org.assertj.core.groups.Tuple.tuple("Late delivery", 2));
        // Other: nothing opened in the period, nothing decided: no bar in either chart.
        assertThat(ticketCharts.get(1).bars()).extracting(ReportChart.Bar::label,
                        b -> b.value().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Damaged goods", "50"),
                        org.assertj.core.groups.Tuple.tuple("Late delivery", "0"));

        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().returnsPdf(NOVEMBER, null, "en"))) {
            assertThat(images(doc)).as("the reasons chart").isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Returns by reason (number of returns)",
                    "Merce danneggiata 2 66.7 % 6 150.00 \u20ac", "Articolo errato 1 33.3 % 1 10.00 \u20ac");
        }
        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().ticketsPdf(NOVEMBER, "it"))) {
            assertThat(images(doc)).as("tickets opened, SLA kept").isEqualTo(2);
            assertThat(new PDFTextStripper().getText(doc)).contains("Ticket aperti per categoria",
                    "Merce danneggiata 2 2 50,0 % 39 72 0");
        }
    }

    /** The images drawn on the document's pages. */
    private static int images(PDDocument doc) throws java.io.IOException {
        int images = 0;
        for (var page : doc.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }

    /**
     * The customers' last twelve months (28 November 2025 to today) by hand. C-B: order A, 10 × P1 + 2 × P3 =
     * 300.00 taxable, cost 10 × 5.00 + 2 × 60.00 = 170.00, margin 130.00; returned 130.00 of 300.00 shipped
     * (43.33 %, the returns report's row); promised once and shipped the day it was taken (kept); T4 (not yet
     * due) and T5 (past due) open. C-C: order B, 200.00, margin 100.00, returns 30.00 of 200.00 (15 %), its
     * ticket resolved. C-A: nothing sold or shipped, T3 open past due.
     */
    @Test
    void aCustomersTwelveMonthsAreTheReportsFigures() {
        CustomerFigures beta = company.ctx.kpis().customerYear("C-B");
        assertThat(beta.period()).isEqualTo(new SalesPeriod(LocalDate.of(2025, 11, 28), LocalDate.of(2026, 11, 27)));
        assertThat(beta.sales().orders()).isEqualTo(1);
        assertThat(beta.sales().net()).isEqualByComparingTo("300.00");
        assertThat(beta.sales().margin()).isEqualByComparingTo("130.00");
        assertThat(beta.averageOrder()).isEqualByComparingTo("300.00");
        assertThat(beta.returns().returnedValue()).isEqualByComparingTo("130.00");
        assertThat(beta.returns().valueRate()).isEqualByComparingTo("0.4333")
                .isEqualByComparingTo(company.ctx.managementReports().returns(NOVEMBER, null).byCustomer().get(0)
                        .valueRate());
        assertThat(beta.onTime().promised()).isEqualTo(1);
        assertThat(beta.lateDeliveries()).isZero();
        assertThat(beta.openTickets()).isEqualTo(2);
        assertThat(beta.ticketsPastDue()).isEqualTo(1);

        CustomerFigures gamma = company.ctx.kpis().customerYear("C-C");
        assertThat(gamma.sales().net()).isEqualByComparingTo("200.00");
        assertThat(gamma.sales().margin()).isEqualByComparingTo("100.00");
        assertThat(gamma.returns().valueRate()).isEqualByComparingTo("0.1500");
        assertThat(gamma.openTickets()).isZero();

        CustomerFigures alfa = company.ctx.kpis().customerYear("C-A");
        assertThat(alfa.sales().orders()).isZero();
        assertThat(alfa.averageOrder()).as("nothing sold").isNull();
        assertThat(alfa.returns().valueRate()).as("nothing shipped").isNull();
        assertThat(alfa.openTickets()).isEqualTo(1);
        assertThat(alfa.ticketsPastDue()).isEqualTo(1);

        assertThatThrownBy(() -> company.ctx.kpis().customerYear("C-NONE"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("notFound.customer"));
    }

    @Test
    void theCustomerScreenShowsTheFiguresAndTheMarginOnlyToWhoMaySeeCosts() {
        CustomerFigures seenByService = company.ctx.as(new Session("x", Set.of(Role.CUSTOMER_SERVICE), false))
                .kpis().customerYear("C-B");
        assertThat(seenByService.sales().net()).isEqualByComparingTo("300.00");
        assertThat(seenByService.sales().margin()).as("costs are management figures").isNull();
        assertThat(seenByService.sales().cost()).isNull();
        assertThat(company.ctx.as(new Session("x", Set.of(Role.WAREHOUSE), false)).kpis().customerYear("C-B")
                .sales().margin()).isNull();

        it.ordo.ui.customers.CustomerFiguresViewModel manager = new it.ordo.ui.customers.CustomerFiguresViewModel(
                company.ctx.kpis(), EN, new it.ordo.ui.SameThreadExecutor(), "C-B");
        manager.load();
        assertThat(manager.figures()).extracting(f -> f.id() + " " + f.value()).containsExactly(
                "revenue " + EN.money(new BigDecimal("300.00")), "margin " + EN.money(new BigDecimal("130.00")),
                "average " + EN.money(new BigDecimal("300.00")), "returns 43.3 %", "late 0", "tickets 2");
        assertThat(manager.periodProperty().get()).isEqualTo(EN.get("customers.figures.period",
                LocalDate.of(2025, 11, 28), LocalDate.of(2026, 11, 27)));

        Texts italian = new Texts(Locale.ITALIAN);
        it.ordo.ui.customers.CustomerFiguresViewModel service = new it.ordo.ui.customers.CustomerFiguresViewModel(
                company.ctx.as(new Session("x", Set.of(Role.CUSTOMER_SERVICE), false)).kpis(), italian,
                new it.ordo.ui.SameThreadExecutor(), "C-B");
        service.load();
        assertThat(service.figures()).extracting(it.ordo.ui.customers.CustomerFiguresViewModel.Figure::id)
                .containsExactly("revenue", "average", "returns", "late", "tickets");
        assertThat(service.figures().get(0).value()).isEqualTo(italian.money(new BigDecimal("300.00")));
        assertThat(service.figures().get(0).detail()).isEqualTo("1 ordine venduto");
    }

    @Test
    void stockValueSlowMoversAndReorderPoint() throws Exception {
        StockReport report = company.ctx.managementReports().stock(null, 25);

        assertThat(report.byWarehouse()).extracting(StockReport.StockValue::warehouse).containsExactly("BOL", "MIL");
        assertThat(report.byWarehouse().get(1).value()).isEqualByComparingTo("830.00");
        assertThat(report.byWarehouseAndCategory()).extracting(v -> v.warehouse() + "/" + v.category())
                .containsExactly("BOL/Concimi", "MIL/Libri", "MIL/Viteria");
        assertThat(report.byWarehouseAndCategory().get(2).value()).isEqualByComparingTo("350.00");
        assertThat(report.total().value()).isEqualByComparingTo("880.00");
        assertThat(report.total().products()).isEqualTo(3);

        assertThat(report.slowMovers()).extracting(StockReport.SlowMover::sku).containsExactly("P3", "P2");
        assertThat(report.slowMovers().get(0).lastShipped()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(report.slowMovers().get(0).daysSinceShipped()).isEqualTo(25);
        assertThat(report.slowMovers().get(1).lastShipped()).isNull();
        assertThat(report.slowMoverValue()).isEqualByComparingTo("530.00");
        assertThat(company.ctx.managementReports().stock(null, 24).slowMovers()).as("P1 left 24 days ago")
                .extracting(StockReport.SlowMover::sku).contains("P1");

        assertThat(report.belowReorder()).extracting(StockReport.BelowReorder::sku, StockReport.BelowReorder::warehouse)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "BOL"),
                        org.assertj.core.groups.Tuple.tuple("P1", "MIL"));
        assertThat(report.belowReorder()).extracting(StockReport.BelowReorder::shortfall)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("80"), BigDecimal.TEN);

        try (PDDocument doc = Loader.loadPDF(company.ctx.managementReports().stockPdf(null, 25, "en"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Stock on ", "MIL 2 830.00 \u20ac",
                    "All warehouses 3 880.00 \u20ac", "2 products, 530.00 \u20ac at cost",
                    "P3 \u00b7 Manuale tecnico MIL 8 480.00 \u20ac", "P1 \u00b7 Vite 4x40 MIL 70 80 10 70 0");
        }
        try (XSSFWorkbook book = write(ManagementTables.in(EN::get).tables(report))) {
            assertThat(book.getSheet("By warehouse").getRow(3).getCell(2).getNumericCellValue()).isEqualTo(880.0);
            Row p3 = book.getSheet("Slow movers").getRow(1);
            assertThat(p3.getCell(3).getNumericCellValue()).isEqualTo(480.0);
            assertThat(p3.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(book.getSheet("Below reorder point").getRow(2).getCell(4).getNumericCellValue())
                    .isEqualTo(10.0);
        }
        StockReport bol = company.ctx.managementReports().stock("BOL", 25);
        assertThat(bol.total().value()).isEqualByComparingTo("50.00");
        assertThat(bol.belowReorder()).extracting(StockReport.BelowReorder::warehouse).containsExactly("BOL");
    }

    @Test
    void badInputIsRefusedWithAClearReason() {
        assertThatThrownBy(() -> company.ctx.managementReports().returns(
                new SalesPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("report.period.future"));
        assertThatThrownBy(() -> new SalesPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("report.period.reversed"));
        assertThatThrownBy(() -> company.ctx.managementReports().stock("XYZ", 90))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("notFound.warehouse"));
        assertThatThrownBy(() -> company.ctx.managementReports().stock(null, 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(EN.describe(e))
                        .isEqualTo("Slow movers are those not shipped for 0 days: give a number of days from 1 to 3650."));
        for (Role role : List.of(Role.WAREHOUSE, Role.ACCOUNTING, Role.CUSTOMER_SERVICE)) {
            assertThatThrownBy(() -> company.ctx.as(new Session("x", Set.of(role), false))
                    .managementReports().stock(null, 90)).as("stock at cost is for managers")
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    // The command opens the company's embedded database in this JVM and shuts it down when it ends, as a
    // command does: the class's other tests, which share the company, run before it.
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void theCommandsWriteTheSameFiguresAndRefuseBadInput() throws Exception {
        Path refused = dir.resolve("stock.pdf");
        CommandResult bad = cli("report", "stock", "--days", "0", "--out", refused.toString());
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("give a number of days from 1 to 3650");
        assertThat(refused).doesNotExist();
        assertThat(Files.list(dir)).as("no temporary file left behind").isEmpty();

        Path xlsx = dir.resolve("resi.xlsx");
        CommandResult ok = cli("report", "returns", "--from", "2026-11-01", "--to", "2026-11-27", "--out",
                xlsx.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row total = book.getSheet("By customer").getRow(3);
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(500.0);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(0.32);
        }
    }

    private static CommandResult cli(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", company.dir.toString()));
        all.addAll(List.of(args));
        int exit;
        try (java.io.PrintStream o = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
             java.io.PrintStream e = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)) {
            exit = it.ordo.cli.Cli.run(all.toArray(String[]::new), o, e, java.util.Map.of());
        }
        return new CommandResult(exit, err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What a command ended with: its exit code and what it wrote to stderr. */
    private record CommandResult(int exit, String err) {
    }

    private XSSFWorkbook write(List<ReportTable> tables) throws Exception {
        Path xlsx = dir.resolve("report.xlsx");
        ExportFile.write(xlsx, out -> {
            try (SpreadsheetWriter writer = company.ctx.spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                    TestCompany.ROME)) {
                ManagementTables.write(tables, List.of(), writer);
            }
        });
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }
}

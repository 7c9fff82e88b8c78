package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderView;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accountants' export of a period ties to the cent with the orders
 * stored in the database: the documents, the VAT per rate and the months
 * add up to the orders' own totals, in the service's answer and in the
 * cells of the .xlsx read back. Cancelled orders and orders never confirmed
 * are not sales.
 */
class SalesExportTest {

    private static TestCompany company;
    private static List<OrderView> sold;
    private static final SalesPeriod OCT_NOV = new SalesPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30));
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @TempDir
    Path dir;

    @BeforeAll
    static void sales() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "1000");
        company.receive("P2", "MIL", "100");
        company.receive("P3", "MIL", "10");
        at(2026, 10, 30);
        OrderView october = company.order("C-A", "A-1", "P1", "3", "P2", "4.5");
        at(2026, 11, 2);
        OrderView twoRates = company.order("C-B", "B-1", "P1", "7", "P3", "1");
        at(2026, 11, 3);
        String cancelled = company.order("C-C", "C-1", "P3", "2").number();
        company.ctx.orders().cancel(cancelled, "ripensamento");
        at(2026, 11, 4);
        OrderView held = company.order("C-POOR", "P-1", "P3", "1");
        assertThat(held.status()).as("over the credit limit: never confirmed").isEqualTo(OrderStatus.ON_HOLD);
        at(2026, 11, 27);
        OrderView backordered = company.order("C-A", "A-2", "P2", "200");
        at(2026, 12, 1);
        company.order("C-B", "B-2", "P1", "1");
        sold = List.of(october, twoRates, backordered);
    }

    private static void at(int year, int month, int day) {
        company.clock.set(LocalDate.of(year, month, day).atTime(10, 0).atZone(TestCompany.ROME).toInstant());
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static BigDecimal stored(Function<OrderView, BigDecimal> amount) {
        return sold.stream().map(o -> amount.apply(company.ctx.orders().show(o.number())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theDocumentsAreTheOrdersConfirmedInThePeriodWithTheirOwnTotals() {
        SalesExport export = company.ctx.salesExport().sales(OCT_NOV);

        assertThat(export.documents()).extracting(SalesExport.Document::number)
                .containsExactlyElementsOf(sold.stream().map(OrderView::number).toList());
        for (SalesExport.Document d : export.documents()) {
            OrderView order = company.ctx.orders().show(d.number());
            assertThat(d.gross()).isEqualByComparingTo(order.grossTotal());
            assertThat(d.vat().stream().map(VatTotal::taxable).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(order.netTotal());
            assertThat(d.vat().stream().map(VatTotal::vat).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(order.vatTotal());
            assertThat(d.vatNumber()).isNotBlank();
        }
        assertThat(export.rates()).extracting(BigDecimal::intValue).containsExactly(22, 10, 4);
        assertThat(export.totals().orders()).isEqualTo(3);
        assertThat(export.totals().net()).isEqualByComparingTo(stored(OrderView::netTotal));
        assertThat(export.totals().vat()).isEqualByComparingTo(stored(OrderView::vatTotal));
        assertThat(export.totals().gross()).isEqualByComparingTo(stored(OrderView::grossTotal));
        assertThat(export.vatByRate().stream().map(VatTotal::vat).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(stored(OrderView::vatTotal));
        assertThat(export.months()).extracting(SalesExport.Month::month, SalesExport.Month::orders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 10), 1L),
                        org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 11), 2L));
        assertThat(export.lines()).hasSize(5);
    }

    @Test
    void theCellsOfTheWorkbookSumToTheOrdersStoredTotals() throws Exception {
        SalesExport export = company.ctx.salesExport().sales(OCT_NOV);
        Path file = dir.resolve("sales.xlsx");
        ExportFile.write(file, out -> {
            try (SpreadsheetWriter writer = company.ctx.spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                    TestCompany.ROME)) {
                SalesExportWorkbook.write(export, writer, SpreadsheetFormat.XLSX, EN::get);
            }
        });

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet documents = book.getSheet("Documents");
            int columns = documents.getRow(0).getLastCellNum();
            assertThat(documents.getRow(0).getCell(columns - 1).getStringCellValue()).isEqualTo("Total");
            assertThat(documents.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Taxable 22%");
            assertThat(documents.getLastRowNum()).isEqualTo(3);
            assertThat(sum(documents, columns - 3)).isEqualByComparingTo(stored(OrderView::netTotal));
            assertThat(sum(documents, columns - 2)).isEqualByComparingTo(stored(OrderView::vatTotal));
            assertThat(sum(documents, columns - 1)).isEqualByComparingTo(stored(OrderView::grossTotal));
            // Taxable and VAT per rate, column by column, add up to the same.
            BigDecimal perRateVat = BigDecimal.ZERO;
            for (int c = 11; c < columns - 3; c += 2) {
                perRateVat = perRateVat.add(sum(documents, c));
            }
            assertThat(perRateVat).isEqualByComparingTo(stored(OrderView::vatTotal));
            assertThat(documents.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 10, 30));
            assertThat(sum(book.getSheet("Lines"), 12)).isEqualByComparingTo(stored(OrderView::grossTotal));
            assertThat(sum(book.getSheet("VAT per rate"), 2)).isEqualByComparingTo(stored(OrderView::vatTotal));
            assertThat(sum(book.getSheet("Months"), 5)).isEqualByComparingTo(stored(OrderView::grossTotal));
            assertThat(book.getSheet("Documents - filtri").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("2026-10-01");
        }
    }

    @Test
    void theCsvHoldsTheDocumentsForTheAccountingSoftware() throws Exception {
        SalesExport export = company.ctx.salesExport().sales(OCT_NOV);
        Path file = dir.resolve("sales.csv");
        ExportFile.write(file, out -> {
            try (SpreadsheetWriter writer = company.ctx.spreadsheets().writer(SpreadsheetFormat.CSV, out,
                    TestCompany.ROME)) {
                SalesExportWorkbook.write(export, writer, SpreadsheetFormat.CSV, EN::get);
            }
        });
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        BigDecimal gross = BigDecimal.ZERO;
        for (String line : lines.subList(1, 4)) {
            gross = gross.add(new BigDecimal(line.substring(line.lastIndexOf(',') + 1)));
        }
        assertThat(gross).isEqualByComparingTo(stored(OrderView::grossTotal));
    }

    @Test
    void anEmptyPeriodIsAnEmptyExportNotAnError() {
        SalesExport export = company.ctx.salesExport().sales(
                new SalesPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));

        assertThat(export.documents()).isEmpty();
        assertThat(export.totals().gross()).isZero();
    }

    @Test
    void aReversedOrFuturePeriodIsRefusedAndTheDeskMayNotExport() {
        assertThatThrownBy(() -> new SalesPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("report.period.reversed"));
        LocalDate tomorrow = LocalDate.ofInstant(company.now(), TestCompany.ROME).plusDays(1);
        assertThatThrownBy(() -> company.ctx.salesExport().sales(new SalesPeriod(tomorrow, tomorrow.plusDays(5))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("report.period.future"));
        assertThatThrownBy(() -> company.ctx.as(new Session("banco", Set.of(Role.ORDER_DESK), false)).salesExport()
                .sales(OCT_NOV)).isInstanceOf(AccessDeniedException.class);
        assertThat(company.ctx.as(new Session("contabile", Set.of(Role.ACCOUNTING), false)).salesExport()
                .sales(OCT_NOV).documents()).hasSize(3);
    }

    /** The column's numbers from the second row on, as the cents Excel shows. */
    static BigDecimal sum(Sheet sheet, int column) {
        BigDecimal total = BigDecimal.ZERO;
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                total = total.add(BigDecimal.valueOf(row.getCell(column).getNumericCellValue())
                        .setScale(2, RoundingMode.HALF_UP));
            }
        }
        return total;
    }
}

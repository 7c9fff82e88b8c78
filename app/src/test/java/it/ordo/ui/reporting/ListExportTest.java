package it.ordo.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.domain.inventory.StockQuery;
import it.ordo.domain.inventory.StockSort;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderListing;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.Priority;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists' exports, written through the one writer and read back with
 * Apache POI as Excel would: real numbers, dates and formats, a frozen bold
 * heading with a filter, the filters on a sheet of their own, text that
 * would be a formula kept as text, and the same rows as the screen's query.
 */
class ListExportTest {

    private static TestCompany company;
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @TempDir
    Path dir;

    @BeforeAll
    static void orders() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "1000");
        company.receive("P2", "MIL", "12.5");
        company.clock.set(LocalDate.of(2026, 11, 2).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
        place(Channel.WEB, "C-A", "=HYPERLINK(\"http://x\")", "P1", "3");
        place(Channel.WEB, "C-B", "@SUM(1+1)", "P1", "30");
        place(Channel.WEB, "C-C", "-2+3", "P2", "2.5");
        place(Channel.PHONE, "C-A", "TEL-1", "P3", "1");
    }

    private static void place(Channel channel, String customer, String ref, String sku, String qty) {
        company.ctx.orders().place(new OrderRequest(ref, channel, customer, null, null, Priority.NORMAL, null,
                List.of(new OrderRequest.LineRequest(sku, null, new BigDecimal(qty)))));
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static OrderQuery webByTotal() {
        return new OrderQuery(null, Channel.WEB, null, null, null, null, null, OrderSort.TOTAL, true, 0, 50);
    }

    @Test
    void theOrderListExportsWhatTheScreenShowsWithRealCellTypes() throws Exception {
        Path file = dir.resolve("orders.xlsx");
        long rows = ExportJob.write(company.ctx.spreadsheets(), ListExports.orders(company.ctx.orders(), EN,
                webByTotal()), file, TestCompany.ROME, (w, t) -> { }, () -> false);

        List<OrderListing> shown = company.ctx.orders().search(webByTotal()).rows();
        assertThat(rows).isEqualTo(3).isEqualTo(shown.size());
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Orders");
            assertThat(sheet).isNotNull();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Number");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K1");
            assertThat(sheet.getColumnWidth(3)).isGreaterThan(sheet.getColumnWidth(0) / 2);
            // The same rows, in the same order (largest total first), as the screen's query.
            for (int i = 0; i < shown.size(); i++) {
                Row row = sheet.getRow(i + 1);
                OrderListing order = shown.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(order.number());
                Cell taken = row.getCell(1);
                assertThat(taken.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(taken)).isTrue();
                assertThat(taken.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
                Cell total = row.getCell(9);
                assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(total.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP))
                        .isEqualByComparingTo(order.grossTotal());
                assertThat(total.getCellStyle().getDataFormatString()).contains("€").contains("0.00");
                Cell ref = row.getCell(10);
                assertThat(ref.getCellType()).isEqualTo(CellType.STRING);
                assertThat(ref.getStringCellValue()).isEqualTo(order.externalRef());
                assertThat(ref.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertNoFormula(book);
            XSSFSheet filters = book.getSheet("Orders - filtri");
            assertThat(filters.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Channel");
            assertThat(filters.getRow(0).getCell(1).getStringCellValue()).isEqualTo(EN.get("orders.channel.WEB"));
            assertThat(filters.getRow(1).getCell(1).getStringCellValue()).isEqualTo("TOTAL descending");
        }
    }

    @Test
    void csvGetsTheApostropheOnTextThatCouldRunAsAFormula() throws Exception {
        Path file = dir.resolve("orders.csv");
        ExportJob.write(company.ctx.spreadsheets(), ListExports.orders(company.ctx.orders(), EN, webByTotal()), file,
                TestCompany.ROME, (w, t) -> { }, () -> false);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNumber,Taken,");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://x\"\")\"").contains(",'@SUM(1+1)").contains(",'-2+3");
        // Numbers stay numbers for the accounting software: a point, no thousands separator, no quote.
        OrderListing biggest = company.ctx.orders().search(webByTotal()).rows().getFirst();
        assertThat(csv).contains("," + biggest.grossTotal().toPlainString() + ",");
    }

    @Test
    void stockQuantitiesKeepTheirDecimalsAndTheFilters() throws Exception {
        Path file = dir.resolve("stock.xlsx");
        StockQuery shown = new StockQuery(null, null, "MIL", false, false, StockSort.SKU, false, 0, 50);
        ExportJob.write(company.ctx.spreadsheets(), ListExports.stock(company.ctx.inventory(), EN, shown), file,
                TestCompany.ROME, (w, t) -> { }, () -> false);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Stock");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) company.ctx.inventory().search(shown).total());
            Row p2 = sheet.getRow(2);
            assertThat(p2.getCell(0).getStringCellValue()).isEqualTo("P2");
            assertThat(p2.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(p2.getCell(5).getNumericCellValue()).isEqualTo(12.5);
            assertThat(p2.getCell(7).getNumericCellValue()).isEqualTo(10.0); // 2.5 kg allocated to the WEB order
            assertThat(p2.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.###");
            assertThat(book.getSheet("Stock - filtri").getRow(0).getCell(1).getStringCellValue()).isEqualTo("MIL");
        }
    }

    @Test
    void customersExportEveryMatchWithTheirCreditAsMoney() throws Exception {
        Path file = dir.resolve("customers.xlsx");
        ExportJob.write(company.ctx.spreadsheets(), ListExports.customers(company.ctx.customers(), EN, null, it.ordo.domain.customer.CustomerSort.CODE, false, true), file,
                TestCompany.ROME, (w, t) -> { }, () -> false);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheet("Customers");
            assertThat(sheet.getLastRowNum()).isEqualTo((int) company.ctx.customers().count(null));
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("C-A");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(100000.0);
            assertThat(first.getCell(13).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(book.getNumberOfSheets()).isEqualTo(1); // no filter, no filter sheet
        }
    }

    @Test
    void aWarehouseUsersCustomerExportHasNoCreditColumnsAsTheirListHasNone() throws Exception {
        Path file = dir.resolve("customers-warehouse.xlsx");
        var warehouse = company.ctx.as(new it.ordo.application.security.Session("magazzino",
                java.util.EnumSet.of(it.ordo.domain.security.Role.WAREHOUSE), false));
        ExportJob.write(company.ctx.spreadsheets(), ListExports.customers(warehouse.customers(), EN, null,
                it.ordo.domain.customer.CustomerSort.CODE, false, false), file, TestCompany.ROME, (w, t) -> { },
                () -> false);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row header = book.getSheet("Customers").getRow(0);
            List<String> names = new java.util.ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).doesNotContain(EN.get("customers.col.creditLimit"), EN.get("customers.col.creditUsed"))
                    .contains(EN.get("customers.col.tier"), EN.get("export.col.paymentTerms"));
            Row first = book.getSheet("Customers").getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("C-A");
            assertThat(first.getCell(names.size() - 1).getCellType()).isEqualTo(CellType.BOOLEAN);
        }
    }

    @Test
    void theLinesOfAnOrderExportWithPercentagesAsPercentages() throws Exception {
        String number = company.ctx.orders().search(new OrderQuery(null, Channel.PHONE, null, null, null, null, null,
                OrderSort.NUMBER, false, 0, 10)).rows().getFirst().number();
        Path file = dir.resolve("lines.xlsx");
        ExportJob.write(company.ctx.spreadsheets(), ListExports.orderLines(EN, company.ctx.orders().show(number)),
                file, TestCompany.ROME, (w, t) -> { }, () -> false);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row line = book.getSheetAt(0).getRow(1);
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo("P3");
            Cell vat = line.getCell(7);
            assertThat(vat.getNumericCellValue()).isEqualTo(0.04);
            assertThat(vat.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
    }

    @Test
    void aLongListIsReadPageByPageWithProgressAndACancelLeavesNoFile() throws Exception {
        List<Integer> numbers = IntStream.rangeClosed(1, 1_201).boxed().toList();
        TableExport<Integer> export = new TableExport<>(new SheetLayout("N",
                List.of(SheetColumn.of("n", it.ordo.application.reporting.CellType.INTEGER))),
                TableExport.of(numbers), List::of);
        List<Long> progress = new ArrayList<>();
        Path file = dir.resolve("n.xlsx");
        long written = ExportJob.write(company.ctx.spreadsheets(), export, file, TestCompany.ROME,
                (w, t) -> progress.add(w), () -> false);
        assertThat(written).isEqualTo(1_201);
        assertThat(progress).containsExactly(500L, 1_000L, 1_201L);

        Path cancelled = dir.resolve("cancelled.xlsx");
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> ExportJob.write(company.ctx.spreadsheets(), export, cancelled, TestCompany.ROME,
                (w, t) -> seen.add(w), () -> !seen.isEmpty())).isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("n.xlsx");
        }
    }

    private static void assertNoFormula(XSSFWorkbook book) {
        for (int s = 0; s < book.getNumberOfSheets(); s++) {
            for (Row row : book.getSheetAt(s)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }
}

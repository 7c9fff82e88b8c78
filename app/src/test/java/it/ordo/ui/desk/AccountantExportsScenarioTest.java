package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.Internals;
import it.ordo.OrdoContext;
import it.ordo.application.Services;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An accountant's afternoon on the real desktop and the demo company: the order list filtered to the web
 * shop's orders, exported to Excel with its button; then Reports, a month, the accounting export. Both files
 * are read back with POI and checked against the database itself (SQL on the tables, not the services that
 * wrote the files): the same orders with the same totals, and the month's sales less its credit notes to the
 * cent. The save dialogs are the one thing answered by the test (a native dialog cannot be driven).
 */
@Tag("desk")
class AccountantExportsScenarioTest {

    @TempDir
    Path dir;

    private DeskDriver desk;
    private final Map<String, Path> saved = new HashMap<>();

    @BeforeEach
    void start() {
        desk = new DeskDriver(DemoDataFolder.get(), 1366, 768, name -> {
            Path file = dir.resolve(name);
            saved.put(name, file);
            return Optional.of(file);
        });
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void exportTheWebShopsOrdersAndTheMonthsSalesAndTieThemToTheDatabase() throws Exception {
        desk.signIn("accounting", "demo");
        Services ordo = desk.main().services();
        assertThat(ordo).as("the embedded desktop works on the composition root").isInstanceOf(OrdoContext.class);
        OrdoContext ctx = (OrdoContext) ordo;
        ZoneId zone = ordo.clock().getZone();

        // The order list, filtered with its channel list, exported with its button.
        desk.clickOn("#nav-orders");
        desk.waitFor("#orders-filter-channel");
        desk.clickOn("#orders-filter-channel");
        desk.clickOn((javafx.scene.Node) desk.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Web shop".equals(c.getText())).query());
        desk.clickOn((Button) desk.lookup(n -> n instanceof Button b && "Export to Excel".equals(b.getText()))
                .query());
        desk.waitUntil(() -> saved.values().stream().anyMatch(Files::exists));
        Path orders = saved.values().iterator().next();

        Map<String, BigDecimal> webOrders = new HashMap<>();
        for (Object[] row : sql(ctx, "select order_number, gross_total from sales_order where channel = 'WEB'")) {
            webOrders.put((String) row[0], (BigDecimal) row[1]);
        }
        try (InputStream in = Files.newInputStream(orders); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            int total = column(sheet, "Total");
            int channel = column(sheet, "Channel");
            assertThat(sheet.getLastRowNum()).as("every web order, and only them").isEqualTo(webOrders.size());
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String number = row.getCell(0).getStringCellValue();
                assertThat(webOrders).containsKey(number);
                assertThat(row.getCell(channel).getStringCellValue()).isEqualTo("Web shop");
                assertThat(BigDecimal.valueOf(row.getCell(total).getNumericCellValue()).setScale(2,
                        RoundingMode.HALF_UP)).as(number).isEqualByComparingTo(webOrders.get(number));
            }
        }

        // Reports: the last month with sales, the accounting export.
        LocalDate last = LocalDate.ofInstant(instant(sql(ctx, "select max(confirmed_at), 0 from sales_order")
                .getFirst()[0]), zone);
        LocalDate from = last.withDayOfMonth(1);
        LocalDate to = last;
        desk.clickOn("#nav-reports");
        desk.waitFor("#reports-export-sales");
        desk.interact(() -> {
            desk.lookup("#reports-from").queryAs(DatePicker.class).setValue(from);
            desk.lookup("#reports-to").queryAs(DatePicker.class).setValue(to);
        });
        saved.clear();
        desk.clickOn("#reports-export-sales");
        desk.waitUntil(() -> desk.lookup("#reports-message").queryAs(Labeled.class).getText().startsWith("Exported"));
        Path sales = saved.values().iterator().next();
        assertThat(sales.getFileName().toString()).endsWith(".xlsx");

        Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Object[] sold = sql(ctx, "select count(*), sum(gross_total) from sales_order where confirmed_at >= ?1"
                + " and confirmed_at < ?2 and status <> 'CANCELLED'", start, end).getFirst();
        Object[] credited = sql(ctx, "select count(*), coalesce(sum(credit_gross), 0) from return_order"
                + " where credited_at >= ?1 and credited_at < ?2", start, end).getFirst();
        long documents = ((Number) sold[0]).longValue() + ((Number) credited[0]).longValue();
        BigDecimal expected = ((BigDecimal) sold[1]).subtract((BigDecimal) credited[1]);
        assertThat(documents).as("a month of the demo company has sales").isPositive();
        try (InputStream in = Files.newInputStream(sales); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Documents");
            assertThat(sheet.getLastRowNum()).as("one row per order sold and credit note").isEqualTo(documents);
            int totalColumn = sheet.getRow(0).getLastCellNum() - 1;
            BigDecimal sum = BigDecimal.ZERO;
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    sum = sum.add(BigDecimal.valueOf(row.getCell(totalColumn).getNumericCellValue())
                            .setScale(2, RoundingMode.HALF_UP));
                }
            }
            assertThat(sum).as("sales less credit notes, to the cent").isEqualByComparingTo(expected);
        }
        assertThat(sales.resolveSibling(sales.getFileName().toString().replace(".xlsx", ".csv"))).exists();
    }

    /** A TIMESTAMP read back: the JDBC driver's local time of this JVM's zone, as Hibernate wrote it. */
    private static java.time.Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant()
                : ((java.time.LocalDateTime) value).atZone(ZoneId.systemDefault()).toInstant();
    }

    private static int column(Sheet sheet, String heading) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (heading.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> sql(OrdoContext ctx, String query, Object... parameters) {
        var tx = Internals.transactions(ctx);
        return tx.read(() -> {
            var q = tx.em().createNativeQuery(query);
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 1, parameters[i]);
            }
            return (List<Object[]>) q.getResultList();
        });
    }
}

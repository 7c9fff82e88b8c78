package it.ordo.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.Internals;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.application.reporting.SalesPeriod;
import it.ordo.application.reporting.SalesTotals;
import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.persistence.JpaTransactions;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import it.ordo.testing.TestCompany;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tagged db: the bulk writes (multi-row inserts, the index hint in a comment, the order numbers drawn in blocks) run
 * on each database. The first 3,000 lines of the real Online Retail file are imported as past orders, and every
 * figure is compared with one worked out here from the same lines, independently of the import's code; the same
 * file again writes nothing; dirty rows are refused by row number and reason; the sales report sees the history.
 */
@Tag("db")
class HistoryImportServiceTest {

    static final Path ONLINE_RETAIL = Path.of(System.getProperty("ordo.onlineRetail",
            "/work/shared/data/online-retail/online_retail.csv.gz"));
    private static final int SLICE = 3_000;

    @TempDir
    static Path dir;

    private static TestCompany company;
    private static HistoryImportService history;
    private static Path slice;

    @BeforeAll
    static void company() throws IOException {
        company = TestCompany.standard();
        history = company.ctx.history();
        slice = dir.resolve("online_retail_slice.csv");
        // The first 3,000 lines of the real file ship with the tests (online_retail_first_3000.csv.gz, its source and
        // licence in the README beside it), so a clone without the data folder runs them too.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                HistoryImportServiceTest.class.getResourceAsStream("online_retail_first_3000.csv.gz")),
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i <= SLICE; i++) {
                lines.add(in.readLine());
            }
            Files.write(slice, lines, StandardCharsets.UTF_8);
        }
    }

    /** The whole file, for the benchmark: the data folder's, wherever the worktree is (../shared/data from the repository). */
    static Path findFile() {
        if (Files.exists(ONLINE_RETAIL)) {
            return ONLINE_RETAIL;
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/online-retail/online_retail.csv.gz");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the Online Retail file is not found; set -Dordo.onlineRetail=PATH");
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static HistoryOptions onlineRetail(String source) {
        return new HistoryOptions(source, "C", HistoryMapping.ONLINE_RETAIL_PRODUCTS, Channel.WEB);
    }

    /** The figures of a run, summed over its chunks. */
    record Run(int sales, int cancellations, int lines, BigDecimal salesValue, BigDecimal cancelledValue,
               int already, Set<String> customers, Set<String> products, Map<HistoryRefusal, Integer> refused) {
    }

    private static Run run(IntakeTable table, HistoryOptions options, boolean dryRun, int chunkRows) {
        long batch = dryRun ? 0 : history.begin(new HistoryStart(options.source(), table.fileName(),
                table.fingerprint(), "GBP")).id();
        int sales = 0;
        int cancellations = 0;
        int lines = 0;
        int already = 0;
        BigDecimal salesValue = BigDecimal.ZERO;
        BigDecimal cancelledValue = BigDecimal.ZERO;
        Set<String> customers = new HashSet<>();
        Set<String> products = new HashSet<>();
        Map<HistoryRefusal, Integer> refused = new EnumMap<>(HistoryRefusal.class);
        for (List<HistoryRow> chunk : HistoryMapping.onlineRetail().chunks(table, chunkRows)) {
            HistoryChunkResult r = history.importChunk(new HistoryChunk(batch, dryRun, options, chunk));
            sales += r.sales();
            cancellations += r.cancellations();
            lines += r.lines();
            already += r.alreadyImported();
            salesValue = salesValue.add(r.salesValue());
            cancelledValue = cancelledValue.add(r.cancelledValue());
            customers.addAll(r.createdCustomers());
            products.addAll(r.createdProducts());
            r.refused().forEach(x -> refused.merge(x.reason(), 1, Integer::sum));
        }
        if (!dryRun) {
            history.finish(batch);
        }
        return new Run(sales, cancellations, lines, salesValue, cancelledValue, already, customers, products, refused);
    }

    /**
     * The figures worked out from the file's text with the rules of docs/import.md, not with the import's code:
     * a duplicate is a row equal to an earlier one of its invoice; a negative quantity outside a C-invoice, a
     * negative price and a zero price without a customer are refused; every other row is a line of |quantity| ×
     * price rounded to the cent; a C-invoice is a cancellation; a line without customer goes to WALK-IN.
     */
    private static Run expected(Path file) throws IOException {
        Map<String, List<CSVRecord>> byInvoice = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                byInvoice.computeIfAbsent(r.get("InvoiceNo"), k -> new ArrayList<>()).add(r);
            }
        }
        int sales = 0;
        int cancellations = 0;
        int lines = 0;
        BigDecimal salesValue = BigDecimal.ZERO;
        BigDecimal cancelledValue = BigDecimal.ZERO;
        Set<String> customers = new HashSet<>();
        Set<String> products = new HashSet<>();
        Map<HistoryRefusal, Integer> refused = new EnumMap<>(HistoryRefusal.class);
        for (Map.Entry<String, List<CSVRecord>> e : byInvoice.entrySet()) {
            boolean cancellation = e.getKey().startsWith("C");
            Set<List<String>> seen = new HashSet<>();
            BigDecimal total = BigDecimal.ZERO;
            int kept = 0;
            for (CSVRecord r : e.getValue()) {
                BigDecimal qty = new BigDecimal(r.get("Quantity"));
                BigDecimal price = new BigDecimal(r.get("UnitPrice"));
                boolean noCustomer = r.get("CustomerID").isBlank();
                HistoryRefusal why = null;
                if (!seen.add(r.toList().subList(1, r.size()))) {
                    why = HistoryRefusal.DUPLICATE_LINE;
                } else if (!cancellation && qty.signum() < 0) {
                    why = HistoryRefusal.NEGATIVE_QUANTITY;
                } else if (cancellation && qty.signum() > 0) {
                    why = HistoryRefusal.POSITIVE_IN_CANCELLATION;
                } else if (price.signum() < 0) {
                    why = HistoryRefusal.NEGATIVE_PRICE;
                } else if (price.signum() == 0 && noCustomer) {
                    why = HistoryRefusal.ZERO_PRICE_NO_CUSTOMER;
                }
                if (why != null) {
                    refused.merge(why, 1, Integer::sum);
                    continue;
                }
                kept++;
                total = total.add(qty.abs().multiply(price).setScale(2, RoundingMode.HALF_UP));
                products.add(r.get("StockCode"));
                customers.add(noCustomer ? "WALK-IN" : r.get("CustomerID"));
            }
            if (kept == 0) {
                continue;
            }
            lines += kept;
            if (cancellation) {
                cancellations++;
                cancelledValue = cancelledValue.add(total);
            } else {
                sales++;
                salesValue = salesValue.add(total);
            }
        }
        return new Run(sales, cancellations, lines, salesValue, cancelledValue, 0, customers, products, refused);
    }

    private static long count(String sql) {
        JpaTransactions tx = Internals.transactions(company.ctx);
        return tx.read(() -> ((Number) tx.em().createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static BigDecimal sum(String sql) {
        JpaTransactions tx = Internals.transactions(company.ctx);
        return tx.read(() -> {
            Object v = tx.em().createNativeQuery(sql).getSingleResult();
            return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString()).setScale(2, RoundingMode.UNNECESSARY);
        });
    }

    @Test
    void theOnlineRetailSliceIsImportedWithTheFiguresOfTheFileAndOnlyOnce() throws IOException {
        Run expected = expected(slice);
        assertThat(expected.cancellations()).as("the slice has cancellations").isPositive();
        assertThat(expected.refused()).containsKeys(HistoryRefusal.DUPLICATE_LINE);
        IntakeTable table = new PoiIntakeFiles().read(slice, null, null);
        long movements = count("SELECT COUNT(*) FROM stock_movement");
        long stockRows = count("SELECT COUNT(*) FROM stock");

        Run dry = run(table, onlineRetail("online-retail"), true, 1_000);
        assertThat(count("SELECT COUNT(*) FROM history_order")).isZero();

        Run first = run(table, onlineRetail("online-retail"), false, 1_000);

        for (Run r : List.of(dry, first)) {
            assertThat(r.sales()).isEqualTo(expected.sales());
            assertThat(r.cancellations()).isEqualTo(expected.cancellations());
            assertThat(r.lines()).isEqualTo(expected.lines());
            assertThat(r.salesValue()).isEqualByComparingTo(expected.salesValue());
            assertThat(r.cancelledValue()).isEqualByComparingTo(expected.cancelledValue());
            assertThat(r.customers()).isEqualTo(expected.customers());
            assertThat(r.products()).isEqualTo(expected.products());
            assertThat(r.refused()).isEqualTo(expected.refused());
        }
        // What the database holds says the same, and nothing moved in the warehouse.
        assertThat(count("SELECT COUNT(*) FROM history_order")).isEqualTo(expected.sales() + expected.cancellations());
        assertThat(count("SELECT COUNT(*) FROM sales_order_line l JOIN history_order h ON h.order_id = l.order_id"))
                .isEqualTo(expected.lines());
        assertThat(sum("SELECT SUM(o.net_total) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE o.status <> 'CANCELLED'")).isEqualByComparingTo(expected.salesValue());
        assertThat(sum("SELECT SUM(o.net_total) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE h.cancellation = TRUE AND o.status = 'CANCELLED'"))
                .isEqualByComparingTo(expected.cancelledValue());
        assertThat(count("SELECT COUNT(*) FROM customer WHERE history_batch_id IS NOT NULL"))
                .isEqualTo(expected.customers().size());
        assertThat(count("SELECT COUNT(*) FROM product WHERE history_batch_id IS NOT NULL"))
                .isEqualTo(expected.products().size());
        assertThat(count("SELECT COUNT(*) FROM product WHERE history_batch_id IS NOT NULL AND active = FALSE"))
                .as("postage and manual codes are inactive charges").isEqualTo(expected.products().stream()
                        .filter(s -> !s.matches(HistoryMapping.ONLINE_RETAIL_PRODUCTS)).count());
        assertThat(count("SELECT COUNT(*) FROM stock_movement")).isEqualTo(movements);
        assertThat(count("SELECT COUNT(*) FROM stock")).isEqualTo(stockRows);
        assertThat(count("SELECT COUNT(*) FROM sales_order_line l JOIN history_order h ON h.order_id = l.order_id"
                + " WHERE l.allocated_qty <> 0 OR l.backordered_qty <> 0")).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'HistoryBatch'")).isEqualTo(1);

        // The sales report of December 2010 is the imported sales, to the cent (cancellations are not sales).
        SalesTotals totals = company.ctx.salesReports().sales(SalesGrouping.CUSTOMER,
                new SalesPeriod(LocalDate.of(2010, 12, 1), LocalDate.of(2010, 12, 31))).totals();
        assertThat(totals.orders()).isEqualTo(expected.sales());
        assertThat(totals.net()).isEqualByComparingTo(expected.salesValue());

        // The same file again, in chunks cut differently: nothing new.
        long orders = count("SELECT COUNT(*) FROM sales_order");
        long customers = count("SELECT COUNT(*) FROM customer");
        long products = count("SELECT COUNT(*) FROM product");
        HistoryBatch again = history.begin(new HistoryStart("online-retail", table.fileName(), table.fingerprint(),
                "EUR"));
        assertThat(again.resumed()).isTrue();
        assertThat(again.currency()).as("the batch keeps the currency it was read in").isEqualTo("GBP");
        assertThat(again.orders()).isEqualTo(expected.sales() + expected.cancellations());
        Run second = run(table, onlineRetail("online-retail"), false, 500);
        assertThat(second.sales() + second.cancellations() + second.lines()).isZero();
        assertThat(second.already()).isEqualTo(expected.sales() + expected.cancellations());
        assertThat(second.customers()).isEmpty();
        assertThat(second.products()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM sales_order")).isEqualTo(orders);
        assertThat(count("SELECT COUNT(*) FROM customer")).isEqualTo(customers);
        assertThat(count("SELECT COUNT(*) FROM product")).isEqualTo(products);
    }

    private static IntakeTable table(String... rows) {
        List<String> header = List.of("Invoice", "Customer", "Code", "Description", "Qty", "Price", "Discount",
                "Date", "Status", "Country");
        List<IntakeTable.Row> list = new ArrayList<>();
        int n = 2;
        for (String r : rows) {
            list.add(new IntakeTable.Row(n++, List.of(r.split("\\|", -1))));
        }
        return new IntakeTable("storico.csv", "f" + rows.length, "CSV", "storico.csv", "UTF-8", ";", 1, header, list);
    }

    private static final HistoryMapping DIRT_MAPPING = new HistoryMapping(Map.of("Invoice", HistoryField.ORDER_KEY,
            "Customer", HistoryField.CUSTOMER, "Code", HistoryField.SKU, "Description", HistoryField.DESCRIPTION,
            "Qty", HistoryField.QUANTITY, "Price", HistoryField.UNIT_PRICE, "Discount", HistoryField.DISCOUNT,
            "Date", HistoryField.ORDER_DATE, "Status", HistoryField.STATUS, "Country", HistoryField.COUNTRY));

    @Test
    void dirtyRowsAreRefusedByRowAndReasonAndTheRestKeepsTheFilesPricesAndStatus() {
        IntakeTable table = table(
                "F-1|C-A|P1|Vite|10|1.234,50|10|15/03/2025 10:30|SHIPPED|IT",   // 2: kept, Italian number, discount
                "F-1|C-A|P1|Vite|10|1.234,50|10|15/03/2025 10:30|SHIPPED|IT",   // 3: duplicate
                "F-1|C-B|P2|Concime|1|2|||SHIPPED|IT",                         // 4: another customer
                "F-2||NEW-9|Nuovo articolo|3|4.5||2025-03-16|| ",              // 5: kept, walk-in, new product
                "F-2||NEW-9||-3|0||2025-03-16||",                              // 6: negative quantity
                "F-2||X1|Zero|1|0||2025-03-16||",                              // 7: no price, no customer
                "F-3|C-C|P3|Libro|due|100||2025-03-17||IT",                    // 8: quantity not a number
                "F-3|C-C|P3|Libro|1|-5||2025-03-17||IT",                       // 9: negative price
                "F-3|C-C|P3|Libro|1|100||ieri||IT",                            // 10: bad date
                "F-3|C-C|P3|Libro|1|100||2025-03-17|OPEN|IT",                  // 11: not a past status
                "F-3|C-C|P3|Libro|1|100|150|2025-03-17||IT",                   // 12: bad discount
                "|C-C|P3|Libro|1|100||2025-03-17||IT",                         // 13: no order key
                "F-4|C-C||Libro|1|100||2025-03-17||IT",                        // 14: no product
                "S-5|C-C|P3|Libro|2|100||2025-03-18||IT",                      // 15: cancellation prefix S, positive
                "S-6|NEWCUST|P3|Libro|-2|100||2025-03-18||Switzerland");       // 16: cancellation, new customer
        HistoryOptions options = new HistoryOptions("gestionale-vecchio", "S-", null, Channel.PHONE);
        HistoryBatch batch = history.begin(new HistoryStart("gestionale-vecchio", "storico.csv", "f15", "EUR"));
        HistoryChunkResult r = history.importChunk(new HistoryChunk(batch.id(), false, options,
                DIRT_MAPPING.chunks(table, 100).getFirst()));
        history.finish(batch.id());

        assertThat(r.refused()).extracting(HistoryChunkResult.Refused::row, HistoryChunkResult.Refused::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, HistoryRefusal.DUPLICATE_LINE),
                        org.assertj.core.groups.Tuple.tuple(4, HistoryRefusal.OTHER_CUSTOMER),
                        org.assertj.core.groups.Tuple.tuple(6, HistoryRefusal.NEGATIVE_QUANTITY),
                        org.assertj.core.groups.Tuple.tuple(7, HistoryRefusal.ZERO_PRICE_NO_CUSTOMER),
                        org.assertj.core.groups.Tuple.tuple(8, HistoryRefusal.BAD_QUANTITY),
                        org.assertj.core.groups.Tuple.tuple(9, HistoryRefusal.NEGATIVE_PRICE),
                        org.assertj.core.groups.Tuple.tuple(10, HistoryRefusal.BAD_DATE),
                        org.assertj.core.groups.Tuple.tuple(11, HistoryRefusal.BAD_STATUS),
                        org.assertj.core.groups.Tuple.tuple(12, HistoryRefusal.BAD_DISCOUNT),
                        org.assertj.core.groups.Tuple.tuple(13, HistoryRefusal.NO_ORDER_KEY),
                        org.assertj.core.groups.Tuple.tuple(14, HistoryRefusal.NO_PRODUCT),
                        org.assertj.core.groups.Tuple.tuple(15, HistoryRefusal.POSITIVE_IN_CANCELLATION));
        // F-1: 10 × 1,234.50 less 10% = 11,110.50; F-2: 3 × 4.50 = 13.50; S-6: a cancellation of 2 × 100.
        assertThat(r.sales()).isEqualTo(2);
        assertThat(r.cancellations()).isEqualTo(1);
        assertThat(r.salesValue()).isEqualByComparingTo("11124.00");
        assertThat(r.cancelledValue()).isEqualByComparingTo("200.00");
        // Existing customers are used as they are; the walk-in customer is made once (here or by another import).
        assertThat(r.createdCustomers()).contains("NEWCUST").doesNotContain("C-A", "C-C");
        assertThat(count("SELECT COUNT(*) FROM customer WHERE code = 'WALK-IN'")).isEqualTo(1);
        assertThat(r.createdProducts()).containsExactly("NEW-9");

        assertThat(count("SELECT COUNT(*) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE h.order_key = 'F-1' AND o.status = 'SHIPPED' AND o.net_total = 11110.50"
                + " AND o.ship_city = 'Bologna'"))
                .as("the file's price, discount and status, the existing customer's address").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sales_order_line l JOIN history_order h ON h.order_id = l.order_id"
                + " WHERE h.order_key = 'F-1' AND l.unit_price = 1234.5 AND l.discount_pct = 10"
                + " AND l.shipped_qty = 10")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM customer WHERE code = 'NEWCUST' AND bill_country = 'CH'"
                + " AND customer_kind = 'NON_EU_BUSINESS' AND history_batch_id IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM product WHERE sku = 'NEW-9' AND description = 'Nuovo articolo'"
                + " AND active = TRUE")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE h.order_key = 'F-2' AND o.order_number LIKE 'ORD-2025-%' AND o.channel = 'PHONE'"))
                .isEqualTo(1);
    }

    private static final HistoryMapping DATED_MAPPING = new HistoryMapping(Map.ofEntries(
            Map.entry("Invoice", HistoryField.ORDER_KEY), Map.entry("Customer", HistoryField.CUSTOMER),
            Map.entry("Code", HistoryField.SKU), Map.entry("Qty", HistoryField.QUANTITY),
            Map.entry("Price", HistoryField.UNIT_PRICE), Map.entry("Date", HistoryField.ORDER_DATE),
            Map.entry("Stato", HistoryField.STATUS), Map.entry("Spedito il", HistoryField.SHIP_DATE),
            Map.entry("Consegnato il", HistoryField.DELIVERY_DATE), Map.entry("Promesso per", HistoryField.PROMISED_DATE)));

    @Test
    void shipDeliveryAndPromisedDatesAndStatusWordsFromTheFileCountInTheFulfilmentFiguresLikeARealOrders() {
        // A company of its own: the other tests count what the shared one holds.
        try (TestCompany own = TestCompany.standard()) {
            dated(own);
        }
    }

    private static void dated(TestCompany own) {
        HistoryImportService history = own.ctx.history();
        java.util.function.ToLongFunction<String> count = sql -> {
            JpaTransactions tx = Internals.transactions(own.ctx);
            return tx.read(() -> ((Number) tx.em().createNativeQuery(sql).getSingleResult()).longValue());
        };
        List<String> header = List.of("Invoice", "Customer", "Code", "Qty", "Price", "Date", "Stato", "Spedito il",
                "Consegnato il", "Promesso per");
        String[] rows = {
            "D-1|C-A|P1|2|10|2025-06-02 09:00|consegnato|03/06/2025 15:00|05/06/2025|04/06/2025", // 2: kept
            "D-2|C-B|P2|1|5|2025-06-02 10:00|Shipped|2025-06-06 10:00||2025-06-04",             // 3: kept, late
            "D-3|C-C|P3|1|100|2025-06-03|annullato|||",                                          // 4: kept
            "D-4|C-A|P1|1|10|2025-06-05|delivered|2025-06-06|2025-06-04|",                       // 5: delivered first
            "D-5|C-A|P1|1|10|2025-06-05|spedito|2025-06-01||",                                   // 6: shipped first
            "D-6|C-A|P1|1|10|2025-06-05|in viaggio|||",                                          // 7: no past status
            "D-7|C-A|P1|1|10|2025-06-05|annullata|2025-06-06||",                                 // 8: cancelled, left
            "D-8|C-A|P1|1|10|2025-06-05|spedito|domani||",                                       // 9: bad ship date
            "D-9|C-A|P1|1|10|2025-06-05|SHIPPED|2025-06-06|2025-06-07|"};                        // 10: not delivered
        List<IntakeTable.Row> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(new IntakeTable.Row(i + 2, List.of(rows[i].split("\\|", -1))));
        }
        IntakeTable table = new IntakeTable("spedizioni.csv", "dated", "CSV", "spedizioni.csv", "UTF-8", ";", 1,
                header, list);
        HistoryOptions options = new HistoryOptions("gestionale-spedizioni", null, null, Channel.EMAIL);
        HistoryBatch batch = history.begin(new HistoryStart("gestionale-spedizioni", "spedizioni.csv", "dated", "EUR"));
        HistoryChunkResult r = history.importChunk(new HistoryChunk(batch.id(), false, options,
                DATED_MAPPING.chunks(table, 100).getFirst()));
        history.finish(batch.id());

        assertThat(r.refused()).extracting(HistoryChunkResult.Refused::row, HistoryChunkResult.Refused::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(5, HistoryRefusal.DELIVERED_BEFORE_SHIPPED),
                        org.assertj.core.groups.Tuple.tuple(6, HistoryRefusal.SHIPPED_BEFORE_ORDERED),
                        org.assertj.core.groups.Tuple.tuple(7, HistoryRefusal.BAD_STATUS),
                        org.assertj.core.groups.Tuple.tuple(8, HistoryRefusal.DATES_AGAINST_STATUS),
                        org.assertj.core.groups.Tuple.tuple(9, HistoryRefusal.BAD_SHIP_DATE),
                        org.assertj.core.groups.Tuple.tuple(10, HistoryRefusal.DATES_AGAINST_STATUS));
        assertThat(r.sales()).isEqualTo(2);
        assertThat(r.cancellations()).isEqualTo(1);
        assertThat(count.applyAsLong("SELECT COUNT(*) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE h.order_key = 'D-1' AND o.status = 'DELIVERED' AND o.promised_date = CAST('2025-06-04' AS DATE)"))
                .isEqualTo(1);
        // D-1's story reads as a real order's: confirmed when placed, shipped, delivered on the file's dates.
        assertThat(count.applyAsLong("SELECT COUNT(*) FROM order_status_history s JOIN history_order h ON h.order_id = s.order_id"
                + " WHERE h.order_key = 'D-1'")).isEqualTo(3);
        assertThat(count.applyAsLong("SELECT COUNT(*) FROM sales_order o JOIN history_order h ON h.order_id = o.id"
                + " WHERE h.order_key = 'D-3' AND o.status = 'CANCELLED'")).isEqualTo(1);
        // No DDT, no stock: the past order's shipment is its dates.
        assertThat(count.applyAsLong("SELECT COUNT(*) FROM shipment s JOIN history_order h ON h.order_id = s.order_id"))
                .isZero();

        // June 2025 in the fulfilment report: D-1 left after 30 h, D-2 after 96 h; D-1 arrived after 63 h (at
        // midnight of the 5th, the file giving only the day). D-1 was kept its promise, D-2 left two days late.
        var report = own.ctx.salesReports().fulfilment(
                new SalesPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)), null);
        assertThat(report.total().shipments()).isEqualTo(2);
        assertThat(report.total().medianHoursToShip()).isEqualByComparingTo("63.0");
        assertThat(report.total().delivered()).isEqualTo(1);
        assertThat(report.total().medianHoursToDeliver()).isEqualByComparingTo("63.0");
        assertThat(report.onTimeInFull().promised()).isEqualTo(2);
        assertThat(report.onTimeInFull().kept()).isEqualTo(1);
        assertThat(report.groups()).extracting(g -> g.carrier()).containsOnlyNulls();
    }
}

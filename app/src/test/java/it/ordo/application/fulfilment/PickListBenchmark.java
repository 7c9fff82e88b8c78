package it.ordo.application.fulfilment;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.domain.catalog.Ean13;
import it.ordo.testing.BenchFigures;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A wave pick list of -Dordo.bench.orders confirmed, allocated orders
 * (default 500, the largest wave) of 3 to 7 lines each over 60 products with
 * EAN and bin, timed from {@code ShippingDocumentService.pickListPdf} to the
 * PDF's bytes (issue 10: under 5 s). The orders are placed through the order
 * use case, as the desk does. Baseline in the same run: reading the same rows
 * (orders, customers, lines, products, bins) with one plain JDBC query. The
 * first call is reported apart (cold: templates, fonts, JIT), then three warm
 * calls, each beside a baseline read. Prints the figures; asserts nothing.
 */
@Tag("bench")
class PickListBenchmark {

    private static final int ORDERS = Integer.getInteger("ordo.bench.orders", 500);
    private static final int PRODUCTS = 60;
    private static final int ROUNDS = 3;
    private static final String[] CUSTOMERS = {"C-A", "C-B", "C-C"};

    @Test
    void aWaveOfFiveHundredOrdersAgainstReadingItsRows() throws Exception {
        String loadBefore = BenchFigures.loadAverage();
        try (TestCompany company = TestCompany.standard()) {
            long s0 = System.nanoTime();
            List<ImportRow> products = new ArrayList<>();
            for (int i = 1; i <= PRODUCTS; i++) {
                products.add(TestCompany.row("sku", sku(i), "ean", ean(i), "description", "Articolo da magazzino " + i,
                        "category", "Ferramenta", "unit", "PCS", "vatRate", "22", "unitCost", "0.50",
                        "listPrice", "1.00", "weightKg", "0.200"));
            }
            ImportReport imported = company.ctx.products().importRows(products);
            if (!imported.errors().isEmpty()) {
                throw new IllegalStateException("products refused: " + imported.errors());
            }
            for (int i = 1; i <= PRODUCTS; i++) {
                company.receive(sku(i), "MIL", "100000");
                // Aisles A-F, 10 racks, 3 shelves: a walk of 60 stops.
                company.ctx.fulfilment().setBin(sku(i), "MIL",
                        "%c-%02d-%d".formatted('A' + (i - 1) / 10, (i - 1) % 10 + 1, (i - 1) % 3 + 1));
            }
            SplittableRandom random = new SplittableRandom(10);
            List<String> wave = new ArrayList<>();
            int lines = 0;
            for (int o = 0; o < ORDERS; o++) {
                int n = random.nextInt(3, 8);
                List<Object> skuQty = new ArrayList<>();
                random.ints(0, PRODUCTS).distinct().limit(n).forEach(p -> {
                    skuQty.add(sku(p + 1));
                    skuQty.add(random.nextInt(1, 5));
                });
                lines += n;
                wave.add(company.order(CUSTOMERS[o % CUSTOMERS.length], "WAVE-" + o, skuQty.toArray()).number());
            }
            long seeding = System.nanoTime() - s0;

            ShippingDocumentService documents = company.ctx.shippingDocuments();
            long c0 = BenchFigures.cpu();
            long t0 = System.nanoTime();
            byte[] first = documents.pickListPdf(wave);
            long firstNs = System.nanoTime() - t0;
            long firstCpu = BenchFigures.cpu() - c0;
            List<Long> baseline = new ArrayList<>();
            List<Long> baselineCpu = new ArrayList<>();
            List<Long> ordo = new ArrayList<>();
            List<Long> ordoCpu = new ArrayList<>();
            int rows = 0;
            for (int r = 0; r < ROUNDS; r++) {
                long bc = BenchFigures.cpu();
                long bt = System.nanoTime();
                rows = read(company, wave);
                baseline.add(System.nanoTime() - bt);
                baselineCpu.add(BenchFigures.cpu() - bc);
                long oc = BenchFigures.cpu();
                long ot = System.nanoTime();
                documents.pickListPdf(wave);
                ordo.add(System.nanoTime() - ot);
                ordoCpu.add(BenchFigures.cpu() - oc);
            }
            int pages;
            try (PDDocument d = Loader.loadPDF(first)) {
                pages = d.getNumberOfPages();
            }
            double warm = BenchFigures.percentile(ordo, 50);
            double base = BenchFigures.percentile(baseline, 50);
            BenchFigures.record("pick-list", List.of(
                    String.format("wave pick list: %,d orders, %,d lines, %,d products with bins; seeded through the"
                                    + " use cases in %,.0f ms; load average before %s, after %s", ORDERS, lines,
                            PRODUCTS, BenchFigures.ms(seeding), loadBefore, BenchFigures.loadAverage()),
                    String.format("baseline: the same rows read with plain JDBC (%,d rows)  median %,8.1f ms, thread CPU"
                                    + " %,8.1f ms; rounds %s", rows, base, BenchFigures.percentile(baselineCpu, 50),
                            baseline.stream().map(n -> String.format("%,.0f", BenchFigures.ms(n))).toList()),
                    String.format("Ordo pickListPdf, first call (cold): %,.0f ms, thread CPU %,.0f ms; %,d pages, %,d"
                                    + " bytes", BenchFigures.ms(firstNs), BenchFigures.ms(firstCpu), pages,
                            first.length),
                    String.format("Ordo pickListPdf, warm  median %,8.1f ms, thread CPU %,8.1f ms; rounds %s;"
                                    + " ÷ baseline %.1f", warm, BenchFigures.percentile(ordoCpu, 50),
                            ordo.stream().map(n -> String.format("%,.0f", BenchFigures.ms(n))).toList(),
                            warm / base)));
        }
    }

    /** What the pick list prints, read with one query: the baseline. Returns the number of rows read. */
    private static int read(TestCompany company, List<String> wave) throws Exception {
        String in = String.join(",", java.util.Collections.nCopies(wave.size(), "?"));
        record Row(String order, String customer, String shipTo, String priority, String bin, String sku, String ean,
                   String description, String unit, BigDecimal quantity) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = company.ctx.database().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("""
                     SELECT o.order_number, cu.name, o.ship_name, o.ship_street, o.ship_postal_code, o.ship_city,
                            o.priority, b.bin, p.sku, p.ean, p.description, p.unit, l.allocated_qty
                     FROM sales_order o
                     JOIN customer cu ON cu.id = o.customer_id
                     JOIN sales_order_line l ON l.order_id = o.id
                     JOIN product p ON p.id = l.product_id
                     LEFT JOIN bin_location b ON b.product_id = l.product_id AND b.warehouse_id = o.warehouse_id
                     WHERE l.allocated_qty > 0 AND o.order_number IN (""" + in + """
                     )
                     ORDER BY o.order_number, b.bin, p.sku""")) {
            for (int i = 0; i < wave.size(); i++) {
                s.setString(i + 1, wave.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3) + ", " + r.getString(4) + " "
                            + r.getString(5) + " " + r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            r.getString(10), r.getString(11), r.getString(12), r.getBigDecimal(13)));
                }
            }
        }
        return rows.size();
    }

    private static String sku(int i) {
        return "W%03d".formatted(i);
    }

    /** A valid EAN-13 in the 80 (Italy) range, one per product. */
    private static String ean(int i) {
        return Ean13.withCheckDigit("80%010d".formatted(1_234_500_000L + i));
    }
}

package it.ordo.application.pricing;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.testing.BulkStock;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's speed figures (docs/benchmarks.md), each beside a baseline from the same run: a price list of 50,000
 * items (25,000 products, two quantity breaks each) previewed and imported through {@link PriceListService}
 * against reading and inserting the same rows with plain JDBC; and the pricing part of a quote
 * ({@link PricingService#price}) with those 50,000 items, 500 discount rules and 100 promotions loaded, warm,
 * against the first quote after a change (the conditions read again, what every quote cost before the cache).
 * Products: -Dordo.bench.products. Prints; asserts nothing.
 */
@Tag("bench")
class PriceListBenchmark {

    private static final int PRODUCTS = Integer.getInteger("ordo.bench.products", 25_000);

    @Test
    void fiftyThousandItemsPreviewedImportedAndQuoted() throws Exception {
        try (TestCompany company = TestCompany.standard()) {
            DataSource ds = company.ctx.database().dataSource();
            BulkStock.addProducts(ds, PRODUCTS, 13);
            seedRules(company);
            List<ImportRow> items = new ArrayList<>(PRODUCTS * 2);
            for (int p = 1; p <= PRODUCTS; p++) {
                items.add(item(items.size() + 2, p, "1", "9.50"));
                items.add(item(items.size() + 2, p, "10", "8.75"));
            }
            PriceListService lists = company.ctx.priceLists();

            long b0 = System.nanoTime();
            int read = readAsThePreviewNeeds(ds);
            long b1 = System.nanoTime();
            PriceListService.Preview preview = lists.previewItems(items);
            long b2 = System.nanoTime();
            ImportReport report = lists.importItems(items);
            long b3 = System.nanoTime();
            insertWithJdbc(ds, items.size());
            long b4 = System.nanoTime();

            Random random = new Random(13);
            for (int i = 0; i < 2_000; i++) { // warm-up of the JIT and of the items of the products priced
                quote(company, random);
            }
            long[] warm = new long[5_000];
            for (int i = 0; i < warm.length; i++) {
                long s = System.nanoTime();
                quote(company, random);
                warm[i] = System.nanoTime() - s;
            }
            long[] afterChange = new long[40];
            for (int i = 0; i < afterChange.length; i++) {
                company.ctx.conditions().importRules(RuleSet.PROMOTIONS, List.of(promotion(1, i % 2 == 0 ? "11" : "10")));
                long s = System.nanoTime();
                quote(company, random);
                afterChange[i] = System.nanoTime() - s;
            }
            String line = String.format("price list of %,d items: preview %.2f s (%,d changes, %d refused; baseline"
                            + " plain JDBC read of the %,d products and the list %.2f s); import %.2f s (%,d inserted;"
                            + " baseline plain JDBC batch insert of the same rows %.2f s); quote with %,d list items,"
                            + " 500 rules, 100 promotions: warm p50 %.3f ms, p95 %.3f ms; first after a change p50 %.2f ms,"
                            + " p95 %.2f ms",
                    items.size(), (b2 - b1) / 1e9, preview.changes().size(), preview.errors().size(), read,
                    (b1 - b0) / 1e9, (b3 - b2) / 1e9, report.inserted(), (b4 - b3) / 1e9, items.size(), ms(warm, 50),
                    ms(warm, 95), ms(afterChange, 50), ms(afterChange, 95));
            Files.writeString(Path.of("target", "pricing-benchmark.txt"), line + "\n");
            org.slf4j.LoggerFactory.getLogger(getClass()).warn(line);
        }
    }

    private static void quote(TestCompany company, Random random) {
        int p = 1 + random.nextInt(PRODUCTS);
        company.ctx.pricing().price(random.nextBoolean() ? "C-A" : "C-C", sku(p),
                BigDecimal.valueOf(1 + random.nextInt(30)), TestCompany.TODAY);
    }

    /** What the preview has to read, read with plain JDBC: every product by SKU, and the list's items. */
    private static int readAsThePreviewNeeds(DataSource ds) throws Exception {
        Map<String, Long> bySku = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, sku FROM product")) {
                while (r.next()) {
                    bySku.put(r.getString(2), r.getLong(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT i.product_id, i.min_qty, i.unit_price, i.valid_from, i.valid_to"
                    + " FROM price_list_item i JOIN price_list l ON l.id = i.price_list_id WHERE l.code = 'BASE'")) {
                while (r.next()) {
                    bySku.putIfAbsent("item", r.getLong(1));
                }
            }
        }
        return bySku.size();
    }

    /** The same number of items inserted in JDBC batches into a list of its own, then removed. */
    private static void insertWithJdbc(DataSource ds, int rows) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            long list;
            long firstProduct;
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT id FROM price_list WHERE code = 'BASE'")) {
                    r.next();
                    list = r.getLong(1);
                }
                try (ResultSet r = s.executeQuery("SELECT MIN(id) FROM product WHERE sku LIKE 'BULK-%'")) {
                    r.next();
                    firstProduct = r.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO price_list_item (id, price_list_id,"
                    + " product_id, min_qty, unit_price, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, NULL, NULL)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setLong(1, 2_000_000_000_000L + i);
                    insert.setLong(2, list);
                    insert.setLong(3, firstProduct + i / 2);
                    insert.setBigDecimal(4, i % 2 == 0 ? new BigDecimal("2") : new BigDecimal("20"));
                    insert.setBigDecimal(5, new BigDecimal("9.00"));
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM price_list_item WHERE id >= 2000000000000");
            }
            c.commit();
        }
    }

    private static double ms(long[] samples, int percentile) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static String sku(int p) {
        return "BULK-%07d".formatted(p);
    }

    private static ImportRow item(int line, int p, String minQty, String price) {
        return new ImportRow(line, Map.of("list", "BASE", "sku", sku(p), "minQty", minQty, "unitPrice", price));
    }

    private static ImportRow promotion(int p, String percent) {
        return new ImportRow(p + 1, Map.of("code", "PROMO-%03d".formatted(p), "description", "Promozione " + p,
                "sku", sku(p), "percent", percent));
    }

    /** 500 discount rules (3 tier, 480 category, 17 order value) and 100 promotions. */
    private static void seedRules(TestCompany company) {
        List<ImportRow> rules = new ArrayList<>();
        for (String tier : List.of("A", "B", "C")) {
            rules.add(new ImportRow(rules.size() + 2, Map.of("code", "FASCIA-" + tier, "description", "Fascia " + tier,
                    "kind", "TIER", "tier", tier, "percent", "2")));
        }
        for (int c = 0; c < 480; c++) {
            String category = c < 40 ? "Categoria %02d".formatted(c) : "CAT%03d".formatted(c);
            rules.add(new ImportRow(rules.size() + 2, Map.of("code", "CAT-%03d".formatted(c), "description",
                    "Categoria " + c, "kind", "CATEGORY", "category", category, "percent", "3")));
        }
        for (int v = 1; v <= 17; v++) {
            rules.add(new ImportRow(rules.size() + 2, Map.of("code", "VALORE-%02d".formatted(v), "description",
                    "Ordini da " + v * 500, "kind", "ORDER_VALUE", "minOrderValue", Integer.toString(v * 500),
                    "percent", "1")));
        }
        ImportReport discounts = company.ctx.conditions().importRules(RuleSet.DISCOUNTS, rules);
        List<ImportRow> promotions = new ArrayList<>();
        for (int p = 1; p <= 100; p++) {
            promotions.add(promotion(p, "10"));
        }
        ImportReport promos = company.ctx.conditions().importRules(RuleSet.PROMOTIONS, promotions);
        if (!discounts.errors().isEmpty() || !promos.errors().isEmpty()) {
            throw new IllegalStateException("rules refused: " + discounts.errors() + promos.errors());
        }
    }
}

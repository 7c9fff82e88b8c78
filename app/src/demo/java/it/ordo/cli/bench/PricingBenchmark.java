package it.ordo.cli.bench;

import it.ordo.OrdoContext;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.application.pricing.PriceListService;
import it.ordo.application.setup.SetupService;
import it.ordo.domain.pricing.PriceListScope;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Issue 13's speed figures on embedded Derby: a price list of 50,000 items (25,000 products, two quantity breaks
 * each) previewed and imported through {@code PriceListService}; then the pricing part of a quote
 * ({@code PricingService.price}) with 50,000 list items, 500 discount rules and 100 promotions loaded, warm (the
 * conditions in memory) and right after a change (the conditions read again, which is what every quote cost
 * before the cache). Run: {@code java -cp ordo.jar:lib/ordo-demo.jar it.ordo.cli.bench.PricingBenchmark [products]}.
 */
public final class PricingBenchmark {

    private PricingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 25_000;
        Path dir = Files.createTempDirectory("ordo-pricing-bench");
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(dir.resolve("ordo")), () -> "bench",
                Clock.systemDefaultZone())) {
            long t0 = System.nanoTime();
            seed(ctx, products);
            System.out.printf("seeded %,d products, 500 discount rules, 100 promotions in %.1f s%n", products,
                    (System.nanoTime() - t0) / 1e9);

            ctx.priceLists().save(new PriceListService.Header("RIVENDITORI", "Listino rivenditori", PriceListScope.GROUP,
                    "RIVENDITORI", null, null, null));
            List<ImportRow> items = new ArrayList<>(products * 2);
            for (int p = 1; p <= products; p++) {
                items.add(item(items.size() + 2, p, "1", "9.50"));
                items.add(item(items.size() + 2, p, "10", "8.75"));
            }
            long p0 = System.nanoTime();
            PriceListService.Preview preview = ctx.priceLists().previewItems(items);
            long p1 = System.nanoTime();
            ImportReport report = ctx.priceLists().importItems(items);
            long p2 = System.nanoTime();
            System.out.printf("price list of %,d items: preview %.2f s (%,d changes, %d refused), import %.2f s "
                            + "(%,d inserted, %d refused)%n", items.size(), (p1 - p0) / 1e9, preview.changes().size(),
                    preview.errors().size(), (p2 - p1) / 1e9, report.inserted(), report.errors().size());

            Random random = new Random(13);
            LocalDate today = LocalDate.now();
            for (int i = 0; i < 2_000; i++) { // warm-up of the JIT and of the items of the products priced
                quote(ctx, random, products, today);
            }
            long[] warm = new long[5_000];
            for (int i = 0; i < warm.length; i++) {
                long s = System.nanoTime();
                quote(ctx, random, products, today);
                warm[i] = System.nanoTime() - s;
            }
            long[] afterChange = new long[40];
            for (int i = 0; i < afterChange.length; i++) {
                // One promotion changed: every workstation reads the conditions again at its next quote.
                ctx.conditions().importRules(RuleSet.PROMOTIONS, List.of(promotion(1, i % 2 == 0 ? "11" : "10")));
                long s = System.nanoTime();
                quote(ctx, random, products, today);
                afterChange[i] = System.nanoTime() - s;
            }
            System.out.printf("quote (PricingService.price, %,d list items, 500 rules, 100 promotions): warm p50 %.2f ms,"
                            + " p95 %.2f ms; first quote after a change p50 %.2f ms, p95 %.2f ms%n",
                    products * 3L, ms(warm, 50), ms(warm, 95), ms(afterChange, 50), ms(afterChange, 95));
        }
    }

    private static void quote(OrdoContext ctx, Random random, int products, LocalDate today) {
        int p = 1 + random.nextInt(products);
        ctx.pricing().price(random.nextBoolean() ? "R01" : "R02", sku(p), BigDecimal.valueOf(1 + random.nextInt(30)), today);
    }

    private static double ms(long[] samples, int percentile) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static String sku(int p) {
        return "B%05d".formatted(p);
    }

    private static ImportRow item(int line, int p, String minQty, String price) {
        return new ImportRow(line, Map.of("list", "RIVENDITORI", "sku", sku(p), "minQty", minQty, "unitPrice", price));
    }

    private static ImportRow promotion(int p, String percent) {
        return new ImportRow(p + 1, Map.of("code", "PROMO-%03d".formatted(p), "description", "Promozione " + p,
                "sku", sku(p), "percent", percent));
    }

    private static void seed(OrdoContext ctx, int products) {
        ctx.setup().initialize(new SetupService.CompanyData("Benchmark S.r.l.", "00743110157", "Via Roma 1", "20121",
                "Milano", "MI", null, null, null));
        ctx.setup().addWarehouse("BEN", "Benchmark", "Milano");
        for (int from = 1; from <= products; from += 5_000) {
            List<ImportRow> rows = new ArrayList<>();
            for (int p = from; p < Math.min(products + 1, from + 5_000); p++) {
                rows.add(new ImportRow(p, Map.of("sku", sku(p), "description", "Articolo " + p,
                        "category", "CAT%03d".formatted(p % 480), "unit", "PCS", "vatRate", "22", "unitCost", "5",
                        "listPrice", "10.00")));
            }
            ctx.products().importRows(rows);
        }
        List<ImportRow> customers = new ArrayList<>();
        for (int c = 1; c <= 2; c++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("code", "R%02d".formatted(c));
            row.put("name", "Rivenditore " + c);
            row.put("vatNumber", it.ordo.domain.customer.PartitaIva.withCheckDigit("%010d".formatted(2_000_000 + c)));
            row.put("creditLimit", "100000");
            row.put("paymentTerms", "Bonifico 30 gg");
            row.put("address", "Via Roma 1");
            row.put("postalCode", "20121");
            row.put("city", "Milano");
            row.put("group", "RIVENDITORI");
            row.put("tier", c == 1 ? "A" : "B");
            customers.add(new ImportRow(c, row));
        }
        ctx.customers().importRows(customers);
        List<ImportRow> rules = new ArrayList<>();
        for (String tier : List.of("A", "B", "C")) {
            rules.add(new ImportRow(rules.size() + 2, Map.of("code", "FASCIA-" + tier, "description", "Fascia " + tier,
                    "kind", "TIER", "tier", tier, "percent", "2")));
        }
        for (int c = 0; c < 480; c++) {
            rules.add(new ImportRow(rules.size() + 2, Map.of("code", "CAT-%03d".formatted(c), "description",
                    "Categoria " + c, "kind", "CATEGORY", "category", "CAT%03d".formatted(c), "percent", "3")));
        }
        for (int v = 1; v <= 17; v++) {
            rules.add(new ImportRow(rules.size() + 2, Map.of("code", "VALORE-%02d".formatted(v), "description",
                    "Ordini da " + v * 500, "kind", "ORDER_VALUE", "minOrderValue", Integer.toString(v * 500),
                    "percent", "1")));
        }
        ctx.conditions().importRules(RuleSet.DISCOUNTS, rules);
        List<ImportRow> promotions = new ArrayList<>();
        for (int p = 1; p <= 100; p++) {
            promotions.add(promotion(p, "10"));
        }
        ctx.conditions().importRules(RuleSet.PROMOTIONS, promotions);
    }
}

package it.ordo.demo;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.setup.DemoData;
import it.ordo.demo.DemoWords.Category;
import it.ordo.demo.DemoWords.Noun;
import it.ordo.domain.catalog.Ean13;
import it.ordo.domain.catalog.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/** The catalogue: category × noun × variant, priced inside each category's range, imported like an ERP file. */
final class DemoCatalog {

    /**
     * Rows per import call (one transaction each). Embedded Derby gets slower per statement as a
     * transaction grows, so 100-row files import about twice as fast as 500-row ones.
     */
    static final int IMPORT_BATCH = 100;
    /** Price growth from one variant of a noun to the next (bigger size, larger pack). */
    private static final double VARIANT_STEP = 1.12;

    /** One article of the demo catalogue, with what the simulation needs to know about its demand. */
    static final class DemoProduct {
        final String sku;
        final String ean;
        final String description;
        final Category category;
        final BigDecimal listPrice;
        final BigDecimal unitCost;
        final BigDecimal weightKg;
        /** Relative demand: a few articles sell a lot, most sell now and then. */
        final double popularity;
        boolean scarce;

        DemoProduct(String sku, String ean, String description, Category category, BigDecimal listPrice,
                    BigDecimal unitCost, BigDecimal weightKg, double popularity) {
            this.sku = sku;
            this.ean = ean;
            this.description = description;
            this.category = category;
            this.listPrice = listPrice;
            this.unitCost = unitCost;
            this.weightKg = weightKg;
            this.popularity = popularity;
        }

        Unit unit() {
            return category.unit();
        }

        /** Mean quantity of an order line, matching {@link DemoHistory#quantity}. */
        double meanQuantity() {
            double price = listPrice.doubleValue();
            return switch (unit()) {
                case PCS -> price >= 100 ? 2 : price >= 20 ? 5.5 : price >= 2 ? 10.1 : 30;
                case M -> 31.3;
                case KG -> 23.8;
                case L -> 8.8;
            };
        }
    }

    private DemoCatalog() {
    }

    static List<DemoProduct> build(DemoWords words, Random random, int count) {
        record Combo(int order, Noun noun, int variant) {
        }
        List<Combo> all = new ArrayList<>();
        for (Category category : words.categories) {
            for (Noun noun : words.nouns) {
                if (noun.category().equals(category.name())) {
                    for (int v = 0; v < noun.variants().size(); v++) {
                        all.add(new Combo(all.size(), noun, v));
                    }
                }
            }
        }
        // A random subset of the combinations, kept in catalogue order.
        List<Combo> chosen = new ArrayList<>(all);
        Collections.shuffle(chosen, random);
        chosen = new ArrayList<>(chosen.subList(0, Math.min(count, chosen.size())));
        chosen.sort(Comparator.comparingInt(Combo::order));

        Map<String, String> prefixes = skuPrefixes(words.categories);
        Map<String, Category> categories = new HashMap<>();
        words.categories.forEach(c -> categories.put(c.name(), c));
        Map<String, List<String>> makers = new HashMap<>();
        Set<String> usedMakers = new HashSet<>();
        Set<String> usedEans = new HashSet<>();
        Map<String, Integer> lastNumber = new HashMap<>();
        Map<Noun, Double> nounBase = new HashMap<>();
        List<DemoProduct> products = new ArrayList<>(chosen.size());
        for (Combo combo : chosen) {
            Noun noun = combo.noun();
            Category category = categories.get(noun.category());
            String prefix = prefixes.get(category.name());
            int number = lastNumber.getOrDefault(category.name(), 100 + random.nextInt(100)) + 1 + random.nextInt(4);
            lastNumber.put(category.name(), number);
            String sku = "%s-%05d".formatted(prefix, number);

            // Three "manufacturers" per category, each an Italian GS1 prefix (80) plus a company number.
            List<String> catMakers = makers.computeIfAbsent(category.name(), k -> {
                List<String> list = new ArrayList<>();
                while (list.size() < 3) {
                    String maker = "80" + (10000 + random.nextInt(90000));
                    if (usedMakers.add(maker)) {
                        list.add(maker);
                    }
                }
                return list;
            });
            String ean;
            do {
                ean = Ean13.withCheckDigit(catMakers.get(random.nextInt(catMakers.size())) + "%05d".formatted(random.nextInt(100000)));
            } while (!usedEans.add(ean));

            double min = category.minPrice().doubleValue();
            double max = category.maxPrice().doubleValue();
            int variants = noun.variants().size();
            double base = nounBase.computeIfAbsent(noun, n -> {
                double top = max / Math.pow(VARIANT_STEP, variants - 1);
                return top <= min ? min : logUniform(random, min, top);
            });
            double raw = base * Math.pow(VARIANT_STEP, combo.variant()) * (0.97 + 0.06 * random.nextDouble());
            BigDecimal price = roundPrice(Math.min(max, Math.max(min, raw)), category);
            BigDecimal cost = price.multiply(BigDecimal.valueOf(0.55 + 0.20 * random.nextDouble()))
                    .setScale(price.compareTo(BigDecimal.TEN) < 0 ? 4 : 2, RoundingMode.HALF_UP);
            BigDecimal weight = weight(random, category, price);
            double popularity = Math.exp(random.nextGaussian() * 1.1);
            String description = noun.noun() + " " + noun.variants().get(combo.variant());
            products.add(new DemoProduct(sku, ean, description, category, price, cost, weight, popularity));
        }
        // A few dozen popular articles are hard to get from the suppliers: they make the backorders.
        int scarce = Math.max(3, Math.round(products.size() * 0.018f));
        List<DemoProduct> candidates = new ArrayList<>(products.stream().filter(p -> p.popularity > 0.8).toList());
        Collections.shuffle(candidates, random);
        candidates.stream().limit(scarce).forEach(p -> p.scarce = true);
        return products;
    }

    /** Imports the catalogue in batches, like the ERP's product file. */
    static void importAll(DemoData.Services ctx, List<DemoProduct> products, Consumer<String> progress) {
        for (int from = 0; from < products.size(); from += IMPORT_BATCH) {
            List<ImportRow> rows = new ArrayList<>();
            for (int i = from; i < Math.min(products.size(), from + IMPORT_BATCH); i++) {
                DemoProduct p = products.get(i);
                Map<String, String> m = new LinkedHashMap<>();
                m.put("sku", p.sku);
                m.put("ean", p.ean);
                m.put("description", p.description);
                m.put("category", p.category.name());
                m.put("unit", p.unit().name());
                m.put("vatRate", p.category.vatRate().toPlainString());
                m.put("unitCost", p.unitCost.toPlainString());
                m.put("listPrice", p.listPrice.toPlainString());
                m.put("weightKg", p.weightKg.toPlainString());
                m.put("active", "true");
                rows.add(new ImportRow(i + 2, m));
            }
            ImportReport report = ctx.products().importRows(rows);
            if (!report.clean()) {
                throw new IllegalStateException("Demo products refused: " + report.errors());
            }
            progress.accept("products " + Math.min(products.size(), from + IMPORT_BATCH) + "/" + products.size());
        }
    }

    /** VIT, UTE, ELE...: the first letters of the category, made unique. */
    static Map<String, String> skuPrefixes(List<Category> categories) {
        Map<String, String> result = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Category c : categories) {
            String letters = Normalizer.normalize(c.name(), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "")
                    .toUpperCase(Locale.ROOT);
            String prefix = letters.substring(0, Math.min(3, letters.length()));
            for (int i = 3; !used.add(prefix); i++) {
                prefix = i < letters.length() ? letters.substring(0, 2) + letters.charAt(i) : prefix.substring(0, 2) + (i % 10);
            }
            result.put(c.name(), prefix);
        }
        return result;
    }

    private static double logUniform(Random random, double min, double max) {
        return Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min)));
    }

    /** Cents below 2 €, 5 cents below 20 €, 10 cents below 100 €, then whole euros less 10 cents. */
    private static BigDecimal roundPrice(double value, Category category) {
        BigDecimal v = BigDecimal.valueOf(value);
        BigDecimal rounded;
        if (value < 2) {
            rounded = v.setScale(2, RoundingMode.HALF_UP);
        } else if (value < 20) {
            rounded = v.multiply(BigDecimal.valueOf(20)).setScale(0, RoundingMode.HALF_UP)
                    .divide(BigDecimal.valueOf(20), 2, RoundingMode.UNNECESSARY);
        } else if (value < 100) {
            rounded = v.setScale(1, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        } else {
            rounded = v.setScale(0, RoundingMode.HALF_UP).subtract(new BigDecimal("0.10"));
        }
        if (rounded.compareTo(category.minPrice()) < 0) {
            return category.minPrice().setScale(2, RoundingMode.HALF_UP);
        }
        if (rounded.compareTo(category.maxPrice()) > 0) {
            return category.maxPrice().setScale(2, RoundingMode.HALF_UP);
        }
        return rounded;
    }

    /** Heavier articles cost more, with some scatter, inside the category's weight range. */
    private static BigDecimal weight(Random random, Category category, BigDecimal price) {
        double wMin = category.weightMinKg().doubleValue();
        double wMax = category.weightMaxKg().doubleValue();
        double fraction = 0.5;
        double pMin = category.minPrice().doubleValue();
        double pMax = category.maxPrice().doubleValue();
        if (pMax > pMin) {
            fraction = Math.log(price.doubleValue() / pMin) / Math.log(pMax / pMin);
        }
        double mix = Math.min(1, Math.max(0, 0.7 * fraction + 0.3 * random.nextDouble()));
        double w = wMax <= wMin ? wMin : Math.exp(Math.log(wMin) + mix * (Math.log(wMax) - Math.log(wMin)));
        BigDecimal result = BigDecimal.valueOf(w).setScale(3, RoundingMode.HALF_UP);
        return result.max(category.weightMinKg()).min(category.weightMaxKg());
    }
}

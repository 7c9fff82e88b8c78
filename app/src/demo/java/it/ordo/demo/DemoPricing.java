package it.ordo.demo;

import it.ordo.application.setup.DemoData;
import it.ordo.application.setup.SetupService;
import it.ordo.application.setup.SetupService.PriceRow;
import it.ordo.demo.DemoCatalog.DemoProduct;
import it.ordo.demo.DemoCustomers.DemoCustomer;
import it.ordo.demo.DemoWords.Category;
import it.ordo.domain.catalog.Unit;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.pricing.DiscountRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Commercial conditions: quantity breaks on the base list, the installers' group
 * list, net price lists of strategic customers, and the discount rules.
 */
final class DemoPricing {

    private DemoPricing() {
    }

    /** Everything in one transaction; customer lists come before the customers that point to them. */
    static int create(DemoData.Services ctx, Random random, List<DemoProduct> products, List<DemoCustomer> customers,
                      List<Category> categories, LocalDate today) {
        // Every random choice is made before the transaction, which may be run again on a conflict.
        List<DemoProduct> breaks = products.stream().filter(p -> p.unit() == Unit.PCS && random.nextDouble() < 0.30).toList();

        List<Category> installerCategories = new ArrayList<>(categories.stream()
                .filter(c -> c.name().matches("(?i).*(elettric|idraulic|tubi|riscaldamento|illuminazione|cavi).*")).toList());
        if (installerCategories.size() < 2) {
            installerCategories = new ArrayList<>(categories);
        }
        Collections.shuffle(installerCategories, random);
        List<String> installerNames = installerCategories.subList(0, Math.min(installerCategories.size(), 2 + random.nextInt(2)))
                .stream().map(Category::name).toList();
        record GroupPrice(DemoProduct product, BigDecimal price) {
        }
        List<GroupPrice> groupPrices = new ArrayList<>();
        for (DemoProduct p : products) {
            if (installerNames.contains(p.category.name())) {
                groupPrices.add(new GroupPrice(p, price(p.listPrice, 0.92 - 0.01 * random.nextInt(3))));
            }
        }

        record NetPrice(String list, String customerName, DemoProduct product, BigDecimal price) {
        }
        List<NetPrice> netPrices = new ArrayList<>();
        for (DemoCustomer c : customers) {
            if (c.priceList == null) {
                continue;
            }
            List<DemoProduct> candidates = new ArrayList<>(products.stream()
                    .filter(p -> c.favourites.contains(p.category)).toList());
            if (candidates.size() < 40) {
                candidates = new ArrayList<>(products);
            }
            // Negotiated on what the customer buys most: the popular articles of its categories.
            candidates.sort(Comparator.comparingDouble((DemoProduct p) -> -p.popularity).thenComparing(p -> p.sku));
            List<DemoProduct> top = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), 60)));
            Collections.shuffle(top, random);
            int n = Math.min(top.size(), 20 + random.nextInt(21));
            List<DemoProduct> chosen = new ArrayList<>(top.subList(0, n));
            chosen.sort(Comparator.comparing(p -> p.sku));
            for (DemoProduct p : chosen) {
                netPrices.add(new NetPrice(c.priceList, c.name, p, price(p.listPrice, 1 - (0.12 + 0.06 * random.nextDouble()))));
            }
        }

        List<Category> others = new ArrayList<>(categories);
        Collections.shuffle(others, random);
        Category discounted = others.get(0);
        Category promoted = others.get(1);
        List<DemoProduct> popular = new ArrayList<>(products.stream().filter(p -> !p.scarce).toList());
        popular.sort(Comparator.comparingDouble((DemoProduct p) -> -p.popularity).thenComparing(p -> p.sku));
        DemoProduct promoProduct = popular.get(random.nextInt(Math.min(20, popular.size())));
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        Map<String, String> prefixes = DemoCatalog.skuPrefixes(categories);

        List<PriceRow> baseRows = new ArrayList<>();
        for (DemoProduct p : breaks) {
            baseRows.add(new PriceRow(p.sku, BigDecimal.TEN, price(p.listPrice, 0.95)));
            baseRows.add(new PriceRow(p.sku, BigDecimal.valueOf(50), price(p.listPrice, 0.90)));
        }
        List<PriceRow> installerRows = groupPrices.stream()
                .map(g -> new PriceRow(g.product().sku, BigDecimal.ONE, g.price())).toList();
        Map<String, List<PriceRow>> netRows = new LinkedHashMap<>();
        Map<String, String> netNames = new LinkedHashMap<>();
        for (NetPrice n : netPrices) {
            netNames.putIfAbsent(n.list(), truncate("Prezzi netti " + n.customerName(), 120));
            netRows.computeIfAbsent(n.list(), k -> new ArrayList<>())
                    .add(new PriceRow(n.product().sku, BigDecimal.ONE, n.price()));
        }
        SetupService setup = ctx.setup();
        ctx.batch().write(() -> {
            setup.addPrices("BASE", baseRows);
            setup.addPriceList(DemoCustomers.INSTALLERS, "Listino installatori", DemoCustomers.INSTALLERS, null, null,
                    installerRows);
            netRows.forEach((list, rows) ->
                    setup.addPriceList(list, netNames.get(list), null, today.minusYears(1).withDayOfYear(1), null, rows));
            setup.addDiscountRules(List.of(
                    DiscountRule.forTier("FASCIA-A", "Sconto clienti fascia A", Tier.A, new BigDecimal("5")),
                    DiscountRule.forTier("FASCIA-B", "Sconto clienti fascia B", Tier.B, new BigDecimal("2")),
                    DiscountRule.forCategory("CAT-" + prefixes.get(discounted.name()),
                            "Sconto categoria " + discounted.name(), discounted.name(), new BigDecimal("3")),
                    DiscountRule.forOrderValue("VALORE-1000", "Sconto ordini da 1.000 €", new BigDecimal("1000"),
                            new BigDecimal("2")),
                    DiscountRule.forOrderValue("VALORE-5000", "Sconto ordini da 5.000 €", new BigDecimal("5000"),
                            new BigDecimal("3")),
                    DiscountRule.promotion("PROMO-" + prefixes.get(promoted.name()) + "-" + today.getYear(),
                            "Promozione " + promoted.name(), null, promoted.name(), new BigDecimal("10"),
                            today.minusDays(20), today.plusDays(10))));
            setup.addProductPromotion("PROMO-" + promoProduct.sku, "Offerta del mese: " + truncate(promoProduct.description, 120),
                    promoProduct.sku, new BigDecimal("15"), lastMonth.atDay(1), lastMonth.atEndOfMonth());
        });
        return baseRows.size() + installerRows.size() + netPrices.size();
    }

    /** A list price times a factor: cents from 1 € up, tenths of a cent below. */
    private static BigDecimal price(BigDecimal listPrice, double factor) {
        BigDecimal p = listPrice.multiply(BigDecimal.valueOf(factor));
        return p.setScale(p.compareTo(BigDecimal.ONE) < 0 ? 4 : 2, RoundingMode.HALF_UP);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}

package it.ordo.demo;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.setup.DemoData;
import it.ordo.demo.DemoWords.Category;
import it.ordo.demo.DemoWords.City;
import it.ordo.domain.customer.PartitaIva;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** About three hundred invented business customers across Italy, imported like the CRM's customer file. */
final class DemoCustomers {

    static final String INSTALLERS = "INSTALLATORI";

    static final List<String> PAYMENT_TERMS = List.of("Bonifico 30 gg d.f.", "Ri.Ba. 60 gg f.m.",
            "Bonifico 60 gg f.m.", "Rimessa diretta", "Ri.Ba. 30-60 gg f.m.");

    private static final Set<String> NORTH = Set.of("Piemonte", "Valle d'Aosta", "Lombardia", "Liguria",
            "Trentino-Alto Adige", "Veneto", "Friuli-Venezia Giulia");
    private static final Set<String> CENTRE = Set.of("Emilia-Romagna", "Toscana", "Umbria", "Marche", "Lazio");

    /** One invented customer, with the habits the simulation gives it. */
    static final class DemoCustomer {
        final String code;
        String name;
        String vatNumber;
        City city;
        String street;
        String email;
        String phone;
        Tier tier;
        BigDecimal creditLimit;
        String paymentTerms;
        boolean acceptsBackorders;
        boolean blocked;
        String group;
        Channel channel;
        String agent;
        String language;
        String warehouse;
        String priceList;
        List<Category> favourites;
        /** How often it orders, relative to the others. */
        double weight;

        DemoCustomer(String code) {
            this.code = code;
        }
    }

    private DemoCustomers() {
    }

    static List<DemoCustomer> build(DemoWords words, Random random, int count, List<String> warehouseCodes) {
        List<String> prefixes = words.words("prefix");
        List<String> surnames = words.words("surname");
        List<String> fantasy = words.words("fantasy");
        List<String> legal = words.words("legal");
        List<String> streets = words.words("street");
        List<String> firstNames = words.words("first_name");

        // Exactly 15% A, 45% B, the rest C, in random order.
        List<Tier> tiers = new ArrayList<>();
        int a = Math.round(count * 0.15f);
        int b = Math.round(count * 0.45f);
        for (int i = 0; i < count; i++) {
            tiers.add(i < a ? Tier.A : i < a + b ? Tier.B : Tier.C);
        }
        Collections.shuffle(tiers, random);

        // Three sales agents per warehouse area.
        Map<String, List<String>> agents = new LinkedHashMap<>();
        Set<String> agentNames = new HashSet<>();
        for (String wh : warehouseCodes) {
            List<String> list = new ArrayList<>();
            while (list.size() < 3) {
                String agent = pick(random, firstNames) + " " + pick(random, surnames);
                if (agentNames.add(agent)) {
                    list.add(agent);
                }
            }
            agents.put(wh, list);
        }

        Set<String> names = new HashSet<>();
        Set<String> vatNumbers = new HashSet<>();
        List<DemoCustomer> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DemoCustomer c = new DemoCustomer("C%05d".formatted(i + 1));
            c.tier = tiers.get(i);
            c.city = pick(random, words.cities);
            c.language = random.nextDouble() < 0.05 ? "en" : "it";
            c.name = uniqueName(random, names, c, prefixes, surnames, fantasy, legal);
            String vat;
            do {
                // Seven digits of company number, three of the issuing office, then the check digit.
                String first10 = "%07d%03d".formatted(1 + random.nextInt(9_999_999), 1 + random.nextInt(100));
                vat = PartitaIva.withCheckDigit(first10);
            } while (!vatNumbers.add(vat));
            c.vatNumber = vat;
            c.street = pick(random, streets) + " " + (1 + random.nextInt(random.nextDouble() < 0.7 ? 60 : 240));
            c.email = pick(random, List.of("ordini", "acquisti", "amministrazione", "info", "magazzino"))
                    + "@" + domain(c.name) + ".example";
            c.phone = phone(random, c.city.province());
            c.creditLimit = BigDecimal.valueOf(100L * switch (c.tier) {
                case A -> 500 + random.nextInt(1001);
                case B -> 150 + random.nextInt(451);
                case C -> 30 + random.nextInt(121);
            });
            c.paymentTerms = pick(random, PAYMENT_TERMS);
            c.acceptsBackorders = random.nextDouble() < 0.85;
            c.group = !"en".equals(c.language) && random.nextDouble() < 0.10 ? INSTALLERS : null;
            c.warehouse = warehouseFor(c.city.region(), warehouseCodes);
            c.channel = channel(random, c.tier);
            c.agent = c.channel == Channel.AGENT ? pick(random, agents.get(c.warehouse)) : null;
            c.favourites = favourites(random, words.categories);
            c.weight = switch (c.tier) {
                case A -> 3.0;
                case B -> 1.2;
                case C -> 0.6;
            } * Math.exp(random.nextGaussian() * 0.6);
            customers.add(c);
        }
        // A few customers are blocked by the accountant (unpaid invoices): their orders stop on hold.
        List<DemoCustomer> small = new ArrayList<>(customers.stream().filter(c -> c.tier == Tier.C).toList());
        Collections.shuffle(small, random);
        small.stream().limit(Math.max(1, Math.round(count / 100f))).forEach(c -> {
            c.blocked = true;
            c.weight = 0.15;
        });
        // Some strategic customers have negotiated net prices.
        List<DemoCustomer> strategic = new ArrayList<>(customers.stream().filter(c -> c.tier == Tier.A && !c.blocked).toList());
        Collections.shuffle(strategic, random);
        strategic.stream().limit(Math.max(1, Math.round(count * 0.05f)))
                .sorted(Comparator.comparing(c -> c.code))
                .forEach(c -> c.priceList = "NET-" + c.code);
        return customers;
    }

    static void importAll(DemoData.Services ctx, List<DemoCustomer> customers) {
        List<ImportRow> rows = new ArrayList<>();
        for (DemoCustomer c : customers) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("code", c.code);
            m.put("name", c.name);
            m.put("vatNumber", c.vatNumber);
            m.put("fiscalCode", c.vatNumber);
            m.put("email", c.email);
            m.put("phone", c.phone);
            m.put("tier", c.tier.name());
            m.put("creditLimit", c.creditLimit.toPlainString());
            m.put("paymentTerms", c.paymentTerms);
            m.put("acceptsBackorders", Boolean.toString(c.acceptsBackorders));
            m.put("address", c.street);
            m.put("postalCode", c.city.postalCode());
            m.put("city", c.city.name());
            m.put("province", c.city.province());
            m.put("country", "IT");
            m.put("language", c.language);
            m.put("warehouse", c.warehouse);
            m.put("priceList", c.priceList == null ? "" : c.priceList);
            m.put("group", c.group == null ? "" : c.group);
            m.put("channel", c.channel.name());
            m.put("agent", c.agent == null ? "" : c.agent);
            m.put("blocked", Boolean.toString(c.blocked));
            rows.add(new ImportRow(rows.size() + 2, m));
        }
        ImportReport report = ctx.customers().importRows(rows);
        if (!report.clean()) {
            throw new IllegalStateException("Demo customers refused: " + report.errors());
        }
    }

    private static String uniqueName(Random random, Set<String> taken, DemoCustomer c, List<String> prefixes,
                                     List<String> surnames, List<String> fantasy, List<String> legal) {
        for (int attempt = 0; ; attempt++) {
            String form = legalForm(random, legal, c.tier);
            String name;
            if ("en".equals(c.language)) {
                name = pick(random, fantasy) + " Italia " + (c.tier == Tier.A ? pickOr(legal, "S.p.A.", form) : pickOr(legal, "S.r.l.", form));
            } else {
                double r = random.nextDouble();
                if (r < 0.55) {
                    name = pick(random, prefixes) + " " + pick(random, surnames) + " " + form;
                } else if (r < 0.77) {
                    name = pick(random, fantasy) + " " + form;
                } else if (r < 0.90) {
                    name = pick(random, surnames) + " & " + pick(random, surnames) + " " + pickOr(legal, "S.n.c.", form);
                } else {
                    name = "F.lli " + pick(random, surnames) + " " + form;
                }
            }
            if (attempt > 20) {
                name = name + " - " + c.city.name();
            }
            if (taken.add(name)) {
                return name;
            }
        }
    }

    private static String legalForm(Random random, List<String> legal, Tier tier) {
        double r = random.nextDouble();
        String wanted;
        if (tier == Tier.A) {
            wanted = r < 0.45 ? "S.p.A." : r < 0.9 ? "S.r.l." : "S.a.s.";
        } else {
            wanted = r < 0.5 ? "S.r.l." : r < 0.65 ? "S.n.c." : r < 0.77 ? "S.a.s." : r < 0.85 ? "S.p.A." : "S.r.l.s.";
        }
        return pickOr(legal, wanted, legal.getFirst());
    }

    private static String pickOr(List<String> list, String wanted, String otherwise) {
        return list.contains(wanted) ? wanted : otherwise;
    }

    private static String domain(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT)
                .replaceAll("\\b(s\\.r\\.l\\.s\\.|s\\.r\\.l\\.|s\\.p\\.a\\.|s\\.n\\.c\\.|s\\.a\\.s\\.)", "")
                .replace("&", "e")
                .replaceAll("[^a-z0-9]+", "");
        return base.isEmpty() ? "cliente" : base.substring(0, Math.min(40, base.length()));
    }

    /** Landline prefixes of some provinces (Milano 02, Roma 06, Torino 011...); elsewhere a plausible 0xxx. */
    private static final Map<String, String> AREA_CODES = Map.ofEntries(Map.entry("MI", "02"), Map.entry("RM", "06"),
            Map.entry("TO", "011"), Map.entry("GE", "010"), Map.entry("BO", "051"), Map.entry("FI", "055"),
            Map.entry("NA", "081"), Map.entry("PA", "091"), Map.entry("BA", "080"), Map.entry("VE", "041"),
            Map.entry("CA", "070"), Map.entry("VR", "045"), Map.entry("PD", "049"), Map.entry("BS", "030"),
            Map.entry("BG", "035"), Map.entry("CT", "095"), Map.entry("TS", "040"), Map.entry("PG", "075"),
            Map.entry("AN", "071"), Map.entry("PR", "0521"), Map.entry("MO", "059"), Map.entry("RE", "0522"));

    private static String phone(Random random, String province) {
        if (random.nextDouble() < 0.15) {
            return "+39 3%d%d %07d".formatted(2 + random.nextInt(8), random.nextInt(10), random.nextInt(10_000_000));
        }
        String area = AREA_CODES.get(province);
        if (area == null) {
            area = "0" + (1 + random.nextInt(9)) + random.nextInt(10) + (random.nextBoolean() ? "" : String.valueOf(random.nextInt(10)));
        }
        int digits = area.length() <= 2 ? 8 : area.length() == 3 ? 7 : 6;
        long low = (long) Math.pow(10, digits - 1);
        return "+39 " + area + " " + (low + (long) (random.nextDouble() * 9 * low));
    }

    private static String warehouseFor(String region, List<String> codes) {
        int index = NORTH.contains(region) ? 0 : CENTRE.contains(region) ? 1 : 2;
        return codes.get(Math.min(index, codes.size() - 1));
    }

    private static Channel channel(Random random, Tier tier) {
        double r = random.nextDouble();
        if (tier == Tier.A) {
            return r < 0.30 ? Channel.B2B_PORTAL : r < 0.60 ? Channel.AGENT : r < 0.75 ? Channel.EMAIL
                    : r < 0.90 ? Channel.PHONE : r < 0.95 ? Channel.WEB : Channel.APP;
        }
        return r < 0.25 ? Channel.PHONE : r < 0.45 ? Channel.EMAIL : r < 0.65 ? Channel.AGENT
                : r < 0.85 ? Channel.WEB : r < 0.93 ? Channel.B2B_PORTAL : Channel.APP;
    }

    private static List<Category> favourites(Random random, List<Category> categories) {
        List<Category> shuffled = new ArrayList<>(categories);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(shuffled.size(), 2 + random.nextInt(3))));
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

package it.ordo.demo;

import it.ordo.application.customer.VatService;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.setup.DemoData;
import it.ordo.demo.DemoCatalog.DemoProduct;
import it.ordo.domain.catalog.Unit;
import it.ordo.domain.customer.PartitaIva;
import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers beyond Italian companies, each with the VAT treatment a user should find on its orders: a sole
 * trader known by its Codice Fiscale, EU businesses (VIES confirmed, and one not yet), businesses outside the EU, web-shop consumers, a public
 * administration under split payment, and a habitual exporter whose declaration of intent is close to its ceiling.
 * Written through the use cases, after the year of history, so their orders are today's.
 */
final class DemoVatCustomers {

    /** The exporter's declaration: after its orders, less than a tenth of the ceiling is left. */
    static final String EXPORTER = "EXP-00001";
    static final String PROTOCOL = "26011512345678901-000042";
    static final BigDecimal CEILING = new BigDecimal("20000.00");

    private DemoVatCustomers() {
    }

    static void create(DemoData.Services ctx, List<DemoProduct> products, String warehouse, LocalDate today) {
        List<ImportRow> rows = new ArrayList<>();
        rows.add(row(rows, "EU-DE-001", "EU_BUSINESS", "Muster Handels GmbH", "DE811907980", "", "",
                "Friedrichstraße 120", "10117", "Berlin", "", "DE", "en"));
        rows.add(row(rows, "EU-FR-001", "EU_BUSINESS", "Dupont Distribution SARL", "FR40303265045", "", "",
                "12 rue de la République", "69002", "Lyon", "", "FR", "en"));
        rows.add(row(rows, "EU-AT-001", "EU_BUSINESS", "Alpenhandel GmbH", "ATU13585627", "", "",
                "Kärntner Straße 21", "1010", "Wien", "", "AT", "en"));
        rows.add(row(rows, "EU-NL-001", "EU_BUSINESS", "Van Dijk Groothandel B.V.", "NL004495445B01", "", "",
                "Coolsingel 40", "3011 AD", "Rotterdam", "", "NL", "en"));
        rows.add(row(rows, "XEU-CH-001", "NON_EU_BUSINESS", "Bergmann Werkzeuge AG", "CHE-116.281.710", "", "",
                "Bahnhofstrasse 10", "8001", "Zürich", "", "CH", "en"));
        rows.add(row(rows, "XEU-US-001", "NON_EU_BUSINESS", "Hudson Supply Inc.", "", "", "",
                "350 Fifth Avenue", "10118", "New York", "NY", "US", "en"));
        rows.add(row(rows, "WEB-00001", "CONSUMER", "Giulia Bianchi", "", "", "",
                "Via Garibaldi 7", "10122", "Torino", "TO", "IT", "it"));
        rows.add(row(rows, "WEB-00002", "CONSUMER", "Marco Esposito", "", "", "",
                "Via Toledo 256", "80132", "Napoli", "NA", "IT", "it"));
        rows.add(row(rows, "IT-PF-0001", "IT_PERSON", "Mario Rossi (ditta individuale)", "", "RSSMRA85T10A562S", "",
                "Via Appia Nuova 12", "00183", "Roma", "RM", "IT", "it"));
        rows.add(row(rows, "PA-00001", "PUBLIC_ADMINISTRATION", "Comune di Lecco", "",
                PartitaIva.withCheckDigit("8000367013"), "UFK7Q2", "Piazza Diaz 1", "23900", "Lecco", "LC", "IT", "it"));
        rows.add(row(rows, EXPORTER, "IT_BUSINESS", "Meccanica Export S.r.l.", PartitaIva.withCheckDigit("0412345016"),
                "", "", "Via dell'Industria 14", "25125", "Brescia", "BS", "IT", "it"));
        ImportReport report = ctx.customers().importRows(rows);
        if (!report.clean()) {
            throw new IllegalStateException("Demo VAT customers refused: " + report.errors());
        }
        for (String code : List.of("EU-DE-001", "EU-FR-001", "EU-AT-001")) {
            ctx.vat().confirmVies(code);
        }
        ctx.vat().registerDeclaration(new VatService.DeclarationRequest(EXPORTER, PROTOCOL,
                today.withDayOfYear(1), today.withMonth(12).withDayOfMonth(31), CEILING));

        // One order each, so every treatment has a confirmation to open; then the exporter's until its
        // declaration is nearly used up.
        DemoProduct dear = products.stream().filter(p -> p.unit() == Unit.PCS)
                .max(Comparator.comparing(p -> p.listPrice)).orElse(products.getFirst());
        for (String code : List.of("EU-DE-001", "EU-FR-001", "XEU-CH-001", "WEB-00001", "PA-00001")) {
            place(ctx, code, dear, BigDecimal.valueOf(2), warehouse, "VAT-DEMO-" + code);
        }
        BigDecimal qty = new BigDecimal("1500").divide(dear.listPrice, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        BigDecimal net = place(ctx, EXPORTER, dear, qty, warehouse, "VAT-DEMO-EXP-1").netTotal();
        for (int n = 2; n < 40; n++) {
            BigDecimal left = ctx.vat().declarations(EXPORTER).getFirst().remaining();
            if (left.subtract(net).compareTo(CEILING.movePointLeft(2).multiply(BigDecimal.valueOf(5))) < 0) {
                break;
            }
            place(ctx, EXPORTER, dear, qty, warehouse, "VAT-DEMO-EXP-" + n);
        }
        // The dear product's steps can stop above a tenth of the ceiling, where the customer's VAT tab shows what
        // is left in the warning colour: the cheapest product takes it to about 8 %.
        BigDecimal tenth = CEILING.movePointLeft(1);
        if (ctx.vat().declarations(EXPORTER).getFirst().remaining().compareTo(tenth) >= 0) {
            DemoProduct cheap = products.stream().filter(p -> p.unit() == Unit.PCS && p.listPrice.signum() > 0)
                    .min(Comparator.comparing(p -> p.listPrice)).orElse(dear);
            BigDecimal unitNet = place(ctx, EXPORTER, cheap, BigDecimal.ONE, warehouse, "VAT-DEMO-EXP-TOP-1").netTotal();
            BigDecimal left = ctx.vat().declarations(EXPORTER).getFirst().remaining();
            BigDecimal topUp = unitNet.signum() <= 0 ? BigDecimal.ZERO
                    : left.subtract(tenth.multiply(new BigDecimal("0.8"))).divide(unitNet, 0, RoundingMode.FLOOR);
            if (topUp.signum() > 0) {
                place(ctx, EXPORTER, cheap, topUp, warehouse, "VAT-DEMO-EXP-TOP-2");
            }
        }
    }

    private static OrderView place(DemoData.Services ctx, String customer, DemoProduct product, BigDecimal qty,
                                   String warehouse, String ref) {
        return ctx.orders().place(new OrderRequest(ref, Channel.EMAIL, customer, warehouse, null, null, null,
                List.of(new OrderRequest.LineRequest(product.sku, null, qty))));
    }

    private static ImportRow row(List<ImportRow> rows, String code, String kind, String name, String vat, String fiscal,
                                 String office, String street, String postalCode, String city, String province,
                                 String country, String language) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("kind", kind);
        m.put("name", name);
        m.put("vatNumber", vat);
        m.put("fiscalCode", fiscal);
        m.put("officeCode", office);
        m.put("email", "ordini@" + code.toLowerCase() + ".example");
        m.put("tier", "B");
        m.put("creditLimit", "100000");
        m.put("paymentTerms", "PUBLIC_ADMINISTRATION".equals(kind) ? "Bonifico 60 gg d.f." : "Bonifico 30 gg d.f.");
        m.put("acceptsBackorders", "true");
        m.put("address", street);
        m.put("postalCode", postalCode);
        m.put("city", city);
        m.put("province", province);
        m.put("country", country);
        m.put("language", language);
        return new ImportRow(rows.size() + 2, m);
    }
}

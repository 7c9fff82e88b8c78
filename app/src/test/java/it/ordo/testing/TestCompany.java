package it.ordo.testing;

import it.ordo.OrdoContext;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.setup.SetupService;
import it.ordo.domain.order.Channel;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small company on a fresh database, built through the same services the
 * application uses. The database is embedded Derby in a temporary folder, or
 * (with {@code -Dordo.test.db=network|postgres}) a new database on a Derby
 * Network Server or a local PostgreSQL: see {@link TestDatabase}.
 */
public final class TestCompany implements AutoCloseable {

    public static final ZoneId ROME = ZoneId.of("Europe/Rome");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    public final Path dir;
    public final MutableClock clock;
    public final OrdoContext ctx;
    private final TestDatabase database;

    private TestCompany(Path dir) {
        this.dir = dir;
        this.clock = new MutableClock(TODAY.atTime(9, 0).atZone(ROME).toInstant(), ROME);
        this.database = TestDatabase.create(dir);
        try {
            this.ctx = OrdoContext.open(database.settings(), () -> "tester", clock);
        } catch (RuntimeException e) {
            database.drop();
            throw e;
        }
    }

    /** How this company's database is reached (embedded folder, Network Server URL or PostgreSQL URL). */
    public DatabaseSettings settings() {
        return database.settings();
    }

    /** Company, warehouses MIL and BOL, no products or customers yet. */
    public static TestCompany empty() {
        try {
            TestCompany c = new TestCompany(Files.createTempDirectory("ordo-test"));
            c.ctx.setup().initialize(new SetupService.CompanyData("Distribuzioni Prova S.r.l.", "00743110157",
                    "Via Roma 1", "20121", "Milano", "MI", "info@prova.it", "+39 02 1234567",
                    "IT60X0542811101000000123456"));
            c.ctx.setup().addWarehouse("MIL", "Magazzino Milano", "Milano");
            c.ctx.setup().addWarehouse("BOL", "Magazzino Bologna", "Bologna");
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plus products P1 (PCS, 22%, 10.00 €), P2 (KG, 10%, 2.50 €), P3 (PCS, 4%, 100.00 €) and customers. */
    public static TestCompany standard() {
        TestCompany c = empty();
        c.products(
                row("sku", "P1", "ean", "4006381333931", "description", "Vite 4x40", "category", "Viteria", "unit", "PCS",
                        "vatRate", "22", "unitCost", "5.00", "listPrice", "10.00", "weightKg", "0.010"),
                row("sku", "P2", "ean", "", "description", "Concime granulare", "category", "Concimi", "unit", "KG",
                        "vatRate", "10", "unitCost", "1.00", "listPrice", "2.50", "weightKg", "1"),
                row("sku", "P3", "ean", "5901234123457", "description", "Manuale tecnico", "category", "Libri",
                        "unit", "PCS", "vatRate", "4", "unitCost", "60", "listPrice", "100.00", "weightKg", "0.5"));
        c.customers(
                customer("C-A", "Alfa S.r.l.", "01114601006", "A", "100000", "true"),
                customer("C-B", "Beta S.p.A.", "12345678903", "B", "100000", "true"),
                customer("C-C", "Gamma S.n.c.", "07643520567", "C", "100000", "true"),
                customer("C-NOBO", "Delta S.r.l.", "02839750995", "B", "100000", "false"),
                customer("C-POOR", "Epsilon S.a.s.", "00488410010", "C", "50", "true"));
        return c;
    }

    public static ImportRow customer(String code, String name, String vat, String tier, String credit, String backorders) {
        return row("code", code, "name", name, "vatNumber", vat, "fiscalCode", "", "email", "ordini@" + code.toLowerCase() + ".it",
                "phone", "+39 051 000000", "tier", tier, "creditLimit", credit, "paymentTerms", "Bonifico 30 gg f.m.",
                "acceptsBackorders", backorders, "address", "Via Emilia 10", "postalCode", "40121", "city", "Bologna",
                "province", "BO", "country", "IT", "warehouse", "MIL");
    }

    /** A customer import row of any kind (issue 17): EU and non-EU businesses, consumers, public administration. */
    public static ImportRow customerOfKind(String code, String kind, String vat, String fiscal, String office,
                                           String postalCode, String city, String province, String country) {
        return row("code", code, "name", "Cliente " + code, "kind", kind, "vatNumber", vat, "fiscalCode", fiscal,
                "officeCode", office, "email", "info@" + code.toLowerCase() + ".example", "creditLimit", "5000",
                "paymentTerms", "Bonifico 30 gg", "address", "Strasse 1", "postalCode", postalCode, "city", city,
                "province", province, "country", country, "warehouse", "MIL");
    }

    private static int rowNo = 1;

    public static ImportRow row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return new ImportRow(++rowNo, m);
    }

    public ImportReport products(ImportRow... rows) {
        return ctx.products().importRows(List.of(rows));
    }

    public ImportReport customers(ImportRow... rows) {
        return ctx.customers().importRows(List.of(rows));
    }

    public void receive(String sku, String warehouse, String qty) {
        ctx.inventory().receive(sku, warehouse, new BigDecimal(qty), null);
    }

    public OrderView order(String customer, String ref, Object... skuQty) {
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            lines.add(new OrderRequest.LineRequest((String) skuQty[i], null, new BigDecimal(skuQty[i + 1].toString())));
        }
        return ctx.orders().place(new OrderRequest(ref, Channel.PHONE, customer, null, null, null, null, lines));
    }

    public Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        ctx.close();
        database.drop();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }
}

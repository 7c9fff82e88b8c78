package it.ordo.demo;

import it.ordo.application.setup.DemoData;
import it.ordo.application.setup.SetupService;
import it.ordo.demo.DemoCatalog.DemoProduct;
import it.ordo.demo.DemoCustomers.DemoCustomer;
import it.ordo.demo.DemoWords.WarehouseRow;
import it.ordo.domain.Message;
import it.ordo.domain.customer.PartitaIva;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The demo company: "Distribuzioni Ordo S.r.l." with three warehouses, about two
 * thousand articles, three hundred customers, its price lists and discounts, and
 * a year of orders in every state up to today, with the supplier orders still
 * open. Everything comes from one seed: the same seed always gives the same
 * data, shifted so that the history ends on the day it is generated.
 * Found by {@code DemoData.installed()} (see META-INF/services): the
 * application names no class of this package.
 */
public final class DemoCompany implements DemoData {

    /** How big a company to make; tests use a small one. */
    record Scale(int products, int customers, int orders, int days) {

        static final Scale FULL = new Scale(2000, 300, 5000, 365);
    }

    /** For {@link java.util.ServiceLoader}. */
    public DemoCompany() {
    }

    /**
     * Fills an empty database. Progress lines ("products 500/2000", "orders 1200/5000")
     * go to {@code progress} as each stage advances.
     *
     * @throws it.ordo.domain.DomainException if the database already holds a company
     * @throws IllegalStateException if the generated data is refused or fails the integrity check
     */
    @Override
    public void generate(Services services, long seed, Consumer<String> progress) {
        generate(services, seed, progress, Scale.FULL);
    }

    /** The archive made by {@link PrebuiltDemo} at package time, when this installation has one. */
    @Override
    public boolean copyPrebuilt(Path databaseFolder, long seed, Clock clock, Consumer<String> progress) {
        Optional<Path> archive = PrebuiltDemo.installed();
        if (archive.isEmpty()) {
            return false;
        }
        try {
            return PrebuiltDemo.restore(archive.get(), databaseFolder, seed, clock,
                    progress == null ? line -> { } : progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The demo company's copy could not be moved to today", e);
        }
    }

    static void generate(Services ctx, long seed, Consumer<String> progress, Scale scale) {
        Objects.requireNonNull(ctx, "services");
        Consumer<String> report = progress == null ? line -> { } : progress;
        long started = System.nanoTime();
        Random random = new Random(seed);
        DemoWords words = DemoWords.load();
        LocalDate today = LocalDate.now(ctx.clock());

        // 1. The company and its warehouses.
        var company = words.company;
        String vat = PartitaIva.withCheckDigit("%07d%03d".formatted(1 + random.nextInt(9_999_999), 37));
        ctx.setup().initialize(new SetupService.CompanyData(company.name(), vat, company.street(), company.postalCode(),
                company.city(), company.province(), company.email(), company.phone(), company.iban()));
        for (WarehouseRow w : words.warehouses) {
            ctx.setup().addWarehouse(w.code(), w.name(), w.city());
        }
        List<String> warehouses = words.warehouses.stream().map(WarehouseRow::code).toList();
        report.accept("company and " + warehouses.size() + " warehouses");
        DemoUsers.create(ctx);
        report.accept("users " + String.join(", ", DemoUsers.USERS.keySet()) + " (password " + DemoUsers.PASSWORD + ")");

        // 2. The catalogue.
        List<DemoProduct> products = DemoCatalog.build(words, random, scale.products());
        DemoCatalog.importAll(ctx, products, report);

        // 3. Customers (in memory first: their net price lists must exist before they are imported), pricing.
        List<DemoCustomer> customers = DemoCustomers.build(words, random, scale.customers(), warehouses);
        int items = DemoPricing.create(ctx, random, products, customers, words.categories, today);
        report.accept("price lists " + items + " prices");
        DemoCustomers.importAll(ctx, customers);
        report.accept("customers " + customers.size());
        int perAgent = DemoAgents.link(ctx, customers);
        report.accept("sales agents " + String.join(", ", DemoAgents.AGENTS) + " with " + perAgent + " customers each");

        // 4. A year of history: opening stock, suppliers, orders, and their shipments with the carriers.
        DemoWarehouse.carriers(ctx);
        DemoHistory history = new DemoHistory(ctx, random, products, customers, warehouses, scale.days(),
                scale.orders(), report);
        history.run();
        DemoVatCustomers.create(ctx, products, warehouses.getFirst(), today);
        report.accept("customers abroad, consumers, public administration and a habitual exporter");

        // 5. The warehouse: bins, and today's first shipments with their DDTs.
        DemoWarehouse.create(ctx, random, products, warehouses, report);
        // 6. Customer care on the year's shipped orders: tickets in every state, returns authorised and received.
        report.accept("customer care: " + DemoCare.create(ctx, random));

        // 7. The year's e-mails: a company that sets up its mail server today must not send its customers a
        // year of confirmations; today's wait for it.
        report.accept("e-mails of past days set aside: " + ctx.mail().setAsideBefore(today));

        // 8. The result must be as clean as real use would leave it.
        report.accept("integrity check");
        List<Message> problems = ctx.integrity().check();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Demo data failed the integrity check: "
                    + problems.subList(0, Math.min(10, problems.size())) + (problems.size() > 10 ? " ..." : ""));
        }
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        report.accept("done: " + history.placed() + " orders, " + history.refused() + " refused, "
                + history.receipts() + " receipts, " + history.poLines() + " supplier order lines in " + seconds + " s");
    }
}

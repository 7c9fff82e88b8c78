package it.ordo.cli;

import it.ordo.OrdoContext;
import it.ordo.application.security.Permission;
import it.ordo.application.security.UserService;
import it.ordo.application.setup.DemoData;
import it.ordo.application.setup.SetupService;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ordo init}: creates the database and sets the company up, or fills an empty one with the demo company. */
@Command(name = "init", sortOptions = false)
final class InitCommand extends BaseCommand {

    static final String MAIN_WAREHOUSE = "MAIN";

    @Option(names = "--company-name", descriptionKey = "opt.init.company-name", paramLabel = "NAME")
    String companyName;

    @Option(names = "--vat-number", descriptionKey = "opt.init.vat-number", paramLabel = "PARTITA_IVA")
    String vatNumber;

    @Option(names = "--street", descriptionKey = "opt.init.street", paramLabel = "TEXT")
    String street;

    @Option(names = "--postal-code", descriptionKey = "opt.init.postal-code", paramLabel = "CAP")
    String postalCode;

    @Option(names = "--city", descriptionKey = "opt.init.city", paramLabel = "TEXT")
    String city;

    @Option(names = "--province", descriptionKey = "opt.init.province", paramLabel = "XX")
    String province;

    @Option(names = "--email", descriptionKey = "opt.init.email", paramLabel = "ADDRESS")
    String email;

    @Option(names = "--phone", descriptionKey = "opt.init.phone", paramLabel = "NUMBER")
    String phone;

    @Option(names = "--iban", descriptionKey = "opt.init.iban", paramLabel = "IBAN")
    String iban;

    @Option(names = "--demo", descriptionKey = "opt.init.demo")
    boolean demo;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "opt.init.seed", defaultValue = "42")
    long seed;

    @Override
    protected int execute() {
        if (demo && (companyName != null || vatNumber != null)) {
            throw usageError("cli.init.demoWithCompany");
        }
        // The generator ships apart (lib/ordo-demo.jar): without it, say so before a database is created.
        DemoData generator = demo ? DemoData.installed().orElse(null) : null;
        if (demo && generator == null) {
            err().println(t("cli.init.demoMissing"));
            return Cli.REFUSED;
        }
        boolean companyGiven = !blank(companyName) && !blank(vatNumber);
        if (!demo && !companyGiven) {
            // Without the company a new database cannot be set up: do not leave an empty one behind.
            DatabaseSettings settings = root().settings(spec.commandLine());
            if (settings.isEmbedded() && !Files.isDirectory(settings.embeddedFolder())) {
                throw usageError("cli.init.companyRequired");
            }
        }
        // A new embedded database gets the copy made when the package was built, if there is one (seconds instead
        // of minutes); otherwise, or on an existing empty database, the generator makes the company.
        if (demo) {
            DatabaseSettings settings = root().settings(spec.commandLine());
            if (settings.isEmbedded() && !Files.exists(settings.embeddedFolder())
                    && generator.copyPrebuilt(settings.embeddedFolder(), seed, Clock.systemDefaultZone(),
                            line -> err().println(line))) {
                // The copy has the demo's users, so this run's usual context would ask for a sign-in. It is opened
                // (and migrated, if the copy is older) as the demo's administrator instead: this run made it.
                try (OrdoContext copy = OrdoContext.open(settings, () -> UserService.FIRST_ADMIN,
                        Clock.systemDefaultZone())) {
                    out().println(t("cli.init.demoDone", seed));
                    out().println(t("cli.init.demoUsers"));
                    printCounts(copy.setup().counts());
                }
                return Cli.OK;
            }
        }
        OrdoContext ctx = ctx();
        SetupService setup = ctx.setup();
        if (demo) {
            SetupService.Counts before = setup.counts();
            if (setup.isInitialized() || before.orders() + before.customers() + before.products() > 0) {
                err().println(t("cli.init.demoNotEmpty"));
                return Cli.REFUSED;
            }
            ctx.generateDemo(generator, seed, line -> err().println(line));
            out().println(t("cli.init.demoDone", seed));
        } else if (setup.isInitialized()) {
            if (setup.counts().warehouses() == 0) {
                setup.addWarehouse(MAIN_WAREHOUSE, t("cli.init.mainWarehouse"), city);
            }
            out().println(t("cli.init.already"));
        } else {
            if (!companyGiven) {
                throw usageError("cli.init.companyRequired");
            }
            // The address is optional here (the schema wants text, not null): documents print it blank until set.
            setup.initialize(new SetupService.CompanyData(companyName.strip(), vatNumber.strip(), orEmpty(street),
                    orEmpty(postalCode), orEmpty(city), province, email, phone, iban));
            if (setup.counts().warehouses() == 0) {
                setup.addWarehouse(MAIN_WAREHOUSE, t("cli.init.mainWarehouse"), city);
            }
            out().println(t("cli.init.done", v(companyName.strip()), v(MAIN_WAREHOUSE)));
        }
        firstAdministrator(ctx);
        printCounts(setup.counts());
        return Cli.OK;
    }

    private void printCounts(SetupService.Counts counts) {
        new Block()
                .add(t("cli.counts.warehouses"), count(counts.warehouses()))
                .add(t("cli.counts.products"), count(counts.products()))
                .add(t("cli.counts.customers"), count(counts.customers()))
                .add(t("cli.counts.orders"), count(counts.orders()))
                .print(out(), "  ");
    }

    /**
     * A database without users gets its administrator, with a password shown
     * this once and changed at the first sign-in. The demo company has its own
     * users (password "demo"), listed instead.
     */
    private void firstAdministrator(OrdoContext ctx) {
        if (demo) {
            out().println(t("cli.init.demoUsers"));
            return;
        }
        if (ctx.access().allows(Permission.SET_UP)) {
            ctx.users().createFirstAdmin().ifPresent(password -> out().println(
                    t("cli.init.firstAdmin", v(UserService.FIRST_ADMIN), v(password))));
        }
    }

    private String count(long n) {
        return qty(BigDecimal.valueOf(n));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

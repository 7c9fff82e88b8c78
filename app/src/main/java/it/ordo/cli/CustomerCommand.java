package it.ordo.cli;

import it.ordo.application.customer.CustomerView;
import it.ordo.application.customer.VatService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo customer list|show|import|vies|declare|mail-optout}. */
@Command(name = "customer")
final class CustomerCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CustomerCommand.ListCustomers.class,
            CustomerCommand.ShowCustomer.class, CustomerCommand.ImportCustomers.class,
            CustomerCommand.ConfirmVies.class, CustomerCommand.Declare.class, CustomerMailOptOutCommand.class);

    @Command(name = "list", sortOptions = false)
    static final class ListCustomers extends BaseCommand {

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "opt.search")
        String search;

        @Mixin
        Paging paging;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<CustomerView> customers = services().customers().list(search, paging.offset, paging.limit);
            if (json) {
                json(customers);
                return Cli.OK;
            }
            if (customers.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            // The service leaves the credit figures out for a user who may not see them (VIEW_CREDIT): so do the columns.
            if (customers.getFirst().creditLimit() == null) {
                Table table = new Table(t("cli.col.code"), t("cli.col.name"), t("cli.col.vatNumber"), t("cli.col.tier"),
                        t("cli.col.warehouse"), t("cli.col.blocked"));
                for (CustomerView c : customers) {
                    table.row(c.code(), c.name(), c.vatNumber() != null ? c.vatNumber() : c.fiscalCode(), c.tier(),
                            c.defaultWarehouse(), c.blocked() ? t("cli.yes") : "");
                }
                table.print(out());
                return Cli.OK;
            }
            Table table = new Table(t("cli.col.code"), t("cli.col.name"), t("cli.col.vatNumber"), t("cli.col.tier"),
                    t("cli.col.creditLimit"), t("cli.col.openExposure"), t("cli.col.warehouse"), t("cli.col.blocked"))
                    .right(4, 5);
            for (CustomerView c : customers) {
                table.row(c.code(), c.name(), c.vatNumber() != null ? c.vatNumber() : c.fiscalCode(), c.tier(),
                        money(c.creditLimit()), money(c.openExposure()), c.defaultWarehouse(),
                        c.blocked() ? t("cli.yes") : "");
            }
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "show")
    static final class ShowCustomer extends BaseCommand {

        @Parameters(paramLabel = "CODE", descriptionKey = "opt.customer.code")
        String code;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            CustomerView c = services().customers().show(code);
            if (json) {
                json(c);
                return Cli.OK;
            }
            new Block()
                    .add(t("cli.customer.code"), c.code())
                    .add(t("cli.customer.name"), c.name())
                    .add(t("cli.customer.vatNumber"), c.vatNumber())
                    .add(t("cli.customer.fiscalCode"), c.fiscalCode())
                    .add(t("cli.customer.email"), c.email())
                    .add(t("cli.customer.phone"), c.phone())
                    .add(t("cli.customer.language"), c.language())
                    .add(t("cli.customer.billingAddress"), c.billingAddress())
                    .add(t("cli.customer.tier"), c.tier())
                    .add(t("cli.customer.creditLimit"), money(c.creditLimit()))
                    .add(t("cli.customer.openExposure"), money(c.openExposure()))
                    .add(t("cli.customer.paymentTerms"), c.paymentTerms())
                    .add(t("cli.customer.priceList"), c.priceList())
                    .add(t("cli.customer.group"), c.customerGroup())
                    .add(t("cli.customer.channel"), c.defaultChannel())
                    .add(t("cli.customer.agent"), c.salesAgent())
                    .add(t("cli.customer.warehouse"), c.defaultWarehouse())
                    .add(t("cli.customer.backorders"), yesNo(c.acceptsBackorders()))
                    .add(t("cli.customer.blocked"), yesNo(c.blocked()))
                    .add(t("cli.customer.shipping"), String.join("\n", c.shippingAddresses()))
                    .add(t("cli.customer.kind"), c.kind() == null ? null : t("cli.customer.kind." + c.kind().name()))
                    .add(t("cli.customer.vatTreatment"), c.vatTreatment() == null ? null
                            : t(c.vatTreatment().labelKey()) + (c.vatReference() == null ? "" : " · " + c.vatReference()))
                    .add(t("cli.customer.declarations"), String.join("\n", services().vat().declarations(c.code()).stream()
                            .map(d -> t("cli.customer.declaration", d.protocol(), date(d.validFrom()), date(d.validTo()),
                                    money(d.ceiling()), money(d.remaining()))).toList()))
                    .print(out());
            return Cli.OK;
        }
    }

    @Command(name = "import")
    static final class ImportCustomers extends BaseCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "opt.import.file")
        Path file;

        @Override
        protected int execute() {
            return Imports.run(this, file, Imports.CUSTOMERS, "customers", rows -> services().customers().importRows(rows));
        }
    }

    /** {@code ordo customer vies CODE}: the signed-in user found the EU customer's VAT number on VIES, now. */
    @Command(name = "vies")
    static final class ConfirmVies extends BaseCommand {

        @Parameters(paramLabel = "CODE", descriptionKey = "opt.customer.code")
        String code;

        @Override
        protected int execute() {
            VatService.CustomerVat vat = services().vat().confirmVies(code);
            out().println(t("cli.customer.viesConfirmed", vat.customerCode(), vat.vatNumber(), vat.viesConfirmedBy(),
                    t(vat.treatment().labelKey())));
            return Cli.OK;
        }
    }

    /** {@code ordo customer declare CODE --protocol P --from D --to D --ceiling N}: a declaration of intent. */
    @Command(name = "declare", sortOptions = false)
    static final class Declare extends BaseCommand {

        @Parameters(paramLabel = "CODE", descriptionKey = "opt.customer.code")
        String code;

        @Option(names = "--protocol", required = true, paramLabel = "NUMBER", descriptionKey = "opt.declaration.protocol")
        String protocol;

        @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "opt.declaration.from")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "opt.declaration.to")
        LocalDate to;

        @Option(names = "--ceiling", required = true, paramLabel = "AMOUNT", descriptionKey = "opt.declaration.ceiling")
        BigDecimal ceiling;

        @Override
        protected int execute() {
            VatService.DeclarationView d = services().vat().registerDeclaration(
                    new VatService.DeclarationRequest(code, protocol, from, to, ceiling));
            out().println(t("cli.customer.declared", d.customerCode(), d.protocol(), date(d.validFrom()),
                    date(d.validTo()), money(d.ceiling())));
            return Cli.OK;
        }
    }
}

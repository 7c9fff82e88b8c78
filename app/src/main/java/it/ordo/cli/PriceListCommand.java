package it.ordo.cli;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.pricing.PriceListService.Change;
import it.ordo.application.pricing.PriceListService.Header;
import it.ordo.application.pricing.PriceListService.Item;
import it.ordo.application.pricing.PriceListService.Preview;
import it.ordo.application.pricing.PriceListService.PriceChange;
import it.ordo.application.pricing.PriceListService.Summary;
import it.ordo.application.pricing.PriceListService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo pricelist list|show|import|export}. */
@Command(name = "pricelist")
final class PriceListCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(PriceListCommand.ListLists.class, PriceListCommand.ShowList.class,
            PriceListCommand.ImportList.class, PriceListCommand.ExportList.class);

    static final InputFiles.Columns ITEMS = new InputFiles.Columns(PriceListService.ITEM_COLUMNS,
            List.of("list", "sku", "unitPrice"));
    static final InputFiles.Columns LISTS = new InputFiles.Columns(PriceListService.LIST_COLUMNS,
            List.of("code", "name", "for"));

    private PriceListCommand() {
    }

    static String whom(BaseCommand cmd, Header h) {
        return switch (h.scope()) {
            case ALL -> cmd.t("cli.pricelist.forAll");
            case GROUP -> cmd.t("cli.pricelist.forGroup", BaseCommand.v(h.group()));
            case CUSTOMER -> h.customer() == null ? cmd.t("cli.pricelist.forAssigned")
                    : cmd.t("cli.pricelist.forCustomer", BaseCommand.v(h.customer()));
        };
    }

    @Command(name = "list", sortOptions = false)
    static final class ListLists extends BaseCommand {

        @Option(names = "--search", paramLabel = "TEXT", descriptionKey = "opt.search")
        String search;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<PriceListService.Summary> lists = services().priceLists().search(search);
            if (json) {
                json(lists);
                return Cli.OK;
            }
            if (lists.isEmpty()) {
                err().println(t("cli.list.none"));
                return Cli.OK;
            }
            Table table = new Table(t("cli.col.code"), t("cli.col.name"), t("cli.col.for"), t("cli.col.validFrom"),
                    t("cli.col.validTo"), t("cli.col.items")).right(5);
            for (PriceListService.Summary s : lists) {
                Header h = s.header();
                table.row(h.code(), h.name(), whom(this, h), date(h.validFrom()), date(h.validTo()),
                        Integer.toString(s.items()));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "show")
    static final class ShowList extends BaseCommand {

        @Parameters(paramLabel = "CODE", descriptionKey = "opt.pricelist.code")
        String code;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            PriceListService.Detail d = services().priceLists().show(code);
            if (json) {
                json(d);
                return Cli.OK;
            }
            Header h = d.header();
            new Block()
                    .add(t("cli.col.code"), h.code())
                    .add(t("cli.col.name"), h.name())
                    .add(t("cli.col.for"), whom(this, h))
                    .add(t("cli.col.validFrom"), date(h.validFrom()))
                    .add(t("cli.col.validTo"), date(h.validTo()))
                    .print(out());
            out().println();
            Table table = new Table(t("cli.col.sku"), t("cli.col.minQty"), t("cli.col.unitPrice"),
                    t("cli.col.validFrom"), t("cli.col.validTo")).right(1, 2);
            for (Item i : d.items()) {
                table.row(i.sku(), qty(i.minQty()), money(i.unitPrice()), date(i.validFrom()), date(i.validTo()));
            }
            table.print(out());
            return Cli.OK;
        }
    }

    @Command(name = "import", sortOptions = false)
    static final class ImportList extends BaseCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "opt.conditions.file")
        Path file;

        @Option(names = "--lists", descriptionKey = "opt.pricelist.lists")
        boolean lists;

        @Option(names = "--apply", descriptionKey = "opt.conditions.apply")
        boolean apply;

        @Override
        protected int execute() {
            if (lists) {
                List<ImportRow> rows = ConditionFiles.read(this, file, LISTS, "lists");
                ImportReport report = services().priceLists().importLists(rows);
                out().println(t("cli.import.done", report.inserted(), report.updated()));
                return ConditionFiles.errors(this, report.errors(), rows.size(), true);
            }
            List<ImportRow> rows = ConditionFiles.read(this, file, ITEMS, "items");
            if (apply) {
                ImportReport report = services().priceLists().importItems(rows);
                out().println(t("cli.import.done", report.inserted(), report.updated()));
                return ConditionFiles.errors(this, report.errors(), rows.size(), true);
            }
            Preview preview = services().priceLists().previewItems(rows);
            Table table = new Table(t("cli.col.line"), t("cli.col.list"), t("cli.col.sku"), t("cli.col.minQty"),
                    t("cli.col.validFrom"), t("cli.col.oldPrice"), t("cli.col.newPrice")).right(0, 3, 5, 6);
            long changing = 0;
            for (PriceChange c : preview.changes()) {
                if (c.change() == Change.UNCHANGED) {
                    continue;
                }
                changing++;
                table.row(Integer.toString(c.line()), c.list(), c.sku(), qty(c.minQty()), date(c.validFrom()),
                        c.oldPrice() == null ? t("cli.conditions.new") : money(c.oldPrice()), money(c.newPrice()));
            }
            if (changing > 0) {
                table.print(out());
            }
            out().println(t("cli.conditions.preview", changing, preview.changes().size() - changing));
            int code = ConditionFiles.errors(this, preview.errors(), rows.size(), false);
            out().println(t("cli.conditions.notApplied"));
            return code;
        }
    }

    @Command(name = "export", sortOptions = false)
    static final class ExportList extends BaseCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "opt.export.file")
        Path file;

        @Option(names = "--list", paramLabel = "CODE", descriptionKey = "opt.pricelist.only")
        String list;

        @Option(names = "--lists", descriptionKey = "opt.pricelist.exportLists")
        boolean lists;

        @Override
        protected int execute() {
            List<List<Object>> rows = new ArrayList<>();
            if (lists) {
                // The lists themselves, in the columns "pricelist import --lists" reads back.
                for (Summary s : services().priceLists().search(list == null ? "" : list)) {
                    Header h = s.header();
                    rows.add(Arrays.asList(h.code(), h.name(), h.scope().name(), h.group(), h.customer(),
                            h.validFrom(), h.validTo()));
                }
                ConditionFiles.write(this, file, "lists", PriceListService.LIST_COLUMNS, rows);
                return Cli.OK;
            }
            for (Item i : services().priceLists().exportItems(list)) {
                rows.add(Arrays.asList(i.list(), i.sku(), i.minQty(), i.unitPrice(), i.validFrom(), i.validTo()));
            }
            ConditionFiles.write(this, file, "items", PriceListService.ITEM_COLUMNS, rows);
            return Cli.OK;
        }
    }
}

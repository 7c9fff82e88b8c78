package it.ordo.cli;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.pricing.ConditionsService.Preview;
import it.ordo.application.pricing.ConditionsService.Rule;
import it.ordo.application.pricing.ConditionsService.RuleChange;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.application.pricing.PriceListService.Change;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo discount list|import|export} and {@code ordo promotion list|import|export}: one shape, two rule sets. */
final class RuleCommands {

    private RuleCommands() {
    }

    private static InputFiles.Columns columns(RuleSet set) {
        return new InputFiles.Columns(set.columns(), set.required());
    }

    private static String target(BaseCommand cmd, Rule r) {
        return switch (r.kind()) {
            case TIER -> cmd.t("cli.rule.tier", BaseCommand.v(r.tier().name()));
            case CATEGORY -> cmd.t("cli.rule.category", BaseCommand.v(r.category()));
            case ORDER_VALUE -> cmd.t("cli.rule.orderValue", cmd.money(r.minOrderValue()));
            case PROMOTION -> r.sku() != null ? cmd.t("cli.rule.product", BaseCommand.v(r.sku()))
                    : cmd.t("cli.rule.category", BaseCommand.v(r.category()));
        };
    }

    static int list(BaseCommand cmd, RuleSet set, boolean json) {
        List<Rule> rules = cmd.services().conditions().rules(set);
        if (json) {
            cmd.json(rules);
            return Cli.OK;
        }
        if (rules.isEmpty()) {
            cmd.err().println(cmd.t("cli.list.none"));
            return Cli.OK;
        }
        Table table = new Table(cmd.t("cli.col.code"), cmd.t("cli.col.description"), cmd.t("cli.col.appliesTo"),
                cmd.t("cli.col.percent"), cmd.t("cli.col.validFrom"), cmd.t("cli.col.validTo"), cmd.t("cli.col.active"))
                .right(3);
        for (Rule r : rules) {
            String target = r.channels().isEmpty() ? target(cmd, r) : target(cmd, r) + " ("
                    + String.join(", ", r.channels().stream().map(Enum::name).toList()) + ")";
            table.row(r.code(), r.description(), target,
                    r.netPrice() != null ? cmd.money(r.netPrice()) : cmd.percent(r.percent()), cmd.date(r.validFrom()),
                    cmd.date(r.validTo()), r.active() ? "" : cmd.t("cli.no"));
        }
        table.print(cmd.out());
        return Cli.OK;
    }

    static int importRules(BaseCommand cmd, RuleSet set, Path file, boolean apply) {
        List<ImportRow> rows = ConditionFiles.read(cmd, file, columns(set), set.name().toLowerCase());
        if (apply) {
            ImportReport report = cmd.services().conditions().importRules(set, rows);
            cmd.out().println(cmd.t("cli.import.done", report.inserted(), report.updated()));
            return ConditionFiles.errors(cmd, report.errors(), rows.size(), true);
        }
        Preview preview = cmd.services().conditions().preview(set, rows);
        Table table = new Table(cmd.t("cli.col.line"), cmd.t("cli.col.code"), cmd.t("cli.col.oldPercent"),
                cmd.t("cli.col.newPercent")).right(0, 2, 3);
        long changing = 0;
        for (RuleChange c : preview.changes()) {
            if (c.change() == Change.UNCHANGED) {
                continue;
            }
            changing++;
            table.row(Integer.toString(c.line()), c.code(),
                    c.oldPercent() == null ? cmd.t("cli.conditions.new") : cmd.percent(c.oldPercent()),
                    cmd.percent(c.newPercent()));
        }
        if (changing > 0) {
            table.print(cmd.out());
        }
        cmd.out().println(cmd.t("cli.conditions.preview", changing, preview.changes().size() - changing));
        int code = ConditionFiles.errors(cmd, preview.errors(), rows.size(), false);
        cmd.out().println(cmd.t("cli.conditions.notApplied"));
        return code;
    }

    static int export(BaseCommand cmd, RuleSet set, Path file) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rule r : cmd.services().conditions().rules(set)) {
            rows.add(set.cells(r));
        }
        ConditionFiles.write(cmd, file, set == RuleSet.DISCOUNTS ? "discounts" : "promotions", set.columns(), rows);
        return Cli.OK;
    }

    @Command(name = "discount")
    static final class Discount {
        /** Built only when a run names them: see {@link Cli#commandLine}. */
        static final List<Class<?>> SUBCOMMANDS = List.of(Discount.ListRules.class, Discount.ImportRules.class,
                Discount.ExportRules.class);

        @Command(name = "list")
        static final class ListRules extends BaseCommand {
            @Option(names = "--json", descriptionKey = "opt.json")
            boolean json;

            @Override
            protected int execute() {
                return list(this, RuleSet.DISCOUNTS, json);
            }
        }

        @Command(name = "import", sortOptions = false)
        static final class ImportRules extends BaseCommand {
            @Parameters(paramLabel = "FILE", descriptionKey = "opt.conditions.file")
            Path file;

            @Option(names = "--apply", descriptionKey = "opt.conditions.apply")
            boolean apply;

            @Override
            protected int execute() {
                return importRules(this, RuleSet.DISCOUNTS, file, apply);
            }
        }

        @Command(name = "export")
        static final class ExportRules extends BaseCommand {
            @Parameters(paramLabel = "FILE", descriptionKey = "opt.export.file")
            Path file;

            @Override
            protected int execute() {
                return export(this, RuleSet.DISCOUNTS, file);
            }
        }
    }

    @Command(name = "promotion")
    static final class Promotion {
        /** Built only when a run names them: see {@link Cli#commandLine}. */
        static final List<Class<?>> SUBCOMMANDS = List.of(Promotion.ListRules.class, Promotion.ImportRules.class,
                Promotion.ExportRules.class);

        @Command(name = "list")
        static final class ListRules extends BaseCommand {
            @Option(names = "--json", descriptionKey = "opt.json")
            boolean json;

            @Override
            protected int execute() {
                return list(this, RuleSet.PROMOTIONS, json);
            }
        }

        @Command(name = "import", sortOptions = false)
        static final class ImportRules extends BaseCommand {
            @Parameters(paramLabel = "FILE", descriptionKey = "opt.conditions.file")
            Path file;

            @Option(names = "--apply", descriptionKey = "opt.conditions.apply")
            boolean apply;

            @Override
            protected int execute() {
                return importRules(this, RuleSet.PROMOTIONS, file, apply);
            }
        }

        @Command(name = "export")
        static final class ExportRules extends BaseCommand {
            @Parameters(paramLabel = "FILE", descriptionKey = "opt.export.file")
            Path file;

            @Override
            protected int execute() {
                return export(this, RuleSet.PROMOTIONS, file);
            }
        }
    }
}

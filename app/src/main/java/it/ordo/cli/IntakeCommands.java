package it.ordo.cli;

import it.ordo.application.intake.IntakeField;
import it.ordo.application.intake.IntakeFileException;
import it.ordo.application.intake.IntakeMapping;
import it.ordo.application.intake.IntakePreview;
import it.ordo.application.intake.IntakeRequest;
import it.ordo.application.intake.IntakeResult;
import it.ordo.application.intake.IntakeTable;
import it.ordo.application.intake.PreviewRow;
import it.ordo.application.intake.RowIssue;
import it.ordo.application.intake.RowStatus;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordo order import} and {@code ordo order mapping}: orders from customers' Excel and CSV files. */
final class IntakeCommands {

    private IntakeCommands() {
    }

    @Command(name = "import", sortOptions = false)
    static final class ImportOrders extends BaseCommand {

        @Parameters(paramLabel = "FILE", descriptionKey = "opt.intake.file")
        Path file;

        @Option(names = "--mapping", paramLabel = "NAME", required = true, descriptionKey = "opt.intake.mapping")
        String mapping;

        @Option(names = "--sheet", paramLabel = "SHEET", descriptionKey = "opt.intake.sheet")
        String sheet;

        @Option(names = "--customer", paramLabel = "CODE", descriptionKey = "opt.intake.customer")
        String customer;

        @Option(names = "--dry-run", descriptionKey = "opt.intake.dryRun")
        boolean dryRun;

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        private IntakeMapping chosen;

        @Override
        protected int execute() {
            chosen = services().intake().mappings().stream()
                    .filter(m -> m.name().equalsIgnoreCase(mapping.strip())).findFirst()
                    .orElseThrow(() -> usageError("cli.intake.noMapping", v(mapping)));
            IntakeTable table;
            try {
                // Read here, on this workstation, even when the use cases run on an Ordo server.
                table = new PoiIntakeFiles().read(file, sheet, null);
            } catch (IntakeFileException e) {
                err().println(texts().describe(e));
                return Cli.USAGE;
            }
            if (table.encoding() != null) {
                err().println(t("cli.intake.csvRead", v(table.encoding()), v(table.delimiter())));
            }
            IntakeRequest request = new IntakeRequest(table, chosen, customer, List.of());
            IntakePreview preview = services().intake().preview(request);
            if (!preview.problems().isEmpty()) {
                preview.problems().forEach(m -> err().println(render(m)));
                return Cli.REFUSED;
            }
            if (dryRun) {
                return dryRun(table, preview);
            }
            IntakeResult result = services().intake().confirm(request);
            if (json) {
                json(result);
            } else {
                for (IntakeResult.OrderOutcome o : result.orders()) {
                    out().println(String.join("  ", o.orderKey(), o.customer(), t("intake.outcome." + o.outcome()),
                            o.orderNumber() == null ? "-" : o.orderNumber(),
                            o.grossTotal() == null ? "" : money(o.grossTotal())));
                    o.reasons().forEach(m -> out().println("  - " + render(m)));
                }
            }
            (json ? err() : out()).println(t("cli.intake.summary", result.orders().size(),
                    result.count(IntakeResult.Outcome.CONFIRMED), result.count(IntakeResult.Outcome.HELD),
                    result.count(IntakeResult.Outcome.REFUSED), result.count(IntakeResult.Outcome.ALREADY_IMPORTED)));
            return result.count(IntakeResult.Outcome.REFUSED) == 0 ? Cli.OK : Cli.REFUSED;
        }

        private int dryRun(IntakeTable table, IntakePreview preview) {
            if (json) {
                json(preview);
            } else {
                for (PreviewRow r : preview.rows()) {
                    out().println(String.join("  ", t("cli.intake.row", r.row()), r.orderKey(),
                            t("intake.status." + r.status()), r.sku() == null ? String.valueOf(r.code()) : r.sku(),
                            r.quantity() == null ? "" : qty(r.quantity()),
                            r.netAmount() == null ? "" : money(r.netAmount()),
                            r.promiseDate() == null ? "" : date(r.promiseDate())));
                    for (RowIssue i : r.issues()) {
                        String column = i.field() == null ? "" : columnOf(table, i.field()) + ": ";
                        out().println("  - " + column + render(i.message()));
                    }
                }
            }
            (json ? err() : out()).println(t("cli.intake.previewSummary", preview.rows().size(), preview.orders().size(),
                    preview.count(RowStatus.VALID), preview.count(RowStatus.WARNING), preview.count(RowStatus.ERROR)));
            return preview.count(RowStatus.ERROR) == 0 ? Cli.OK : Cli.REFUSED;
        }

        /** The column a field is read from, named as the file names it ("Q.tà (D)"). */
        private String columnOf(IntakeTable table, IntakeField field) {
            for (int i = 0; i < table.header().size(); i++) {
                String header = table.header().get(i);
                if (chosen.fieldOf(header).filter(f -> f == field).isPresent()) {
                    return header + " (" + org.apache.poi.ss.util.CellReference.convertNumToColString(i) + ")";
                }
            }
            return t("intake.field." + field);
        }
    }

    @Command(name = "mapping")
    static final class Mapping {
        /** Built only when a run names them: see {@link Cli#commandLine}. */
        static final List<Class<?>> SUBCOMMANDS = List.of(SaveMapping.class, ListMappings.class);
    }

    @Command(name = "save", sortOptions = false)
    static final class SaveMapping extends BaseCommand {

        @Parameters(paramLabel = "NAME", descriptionKey = "opt.intake.mappingName")
        String name;

        @Option(names = "--column", paramLabel = "HEADER=FIELD", required = true, descriptionKey = "opt.intake.column")
        List<String> columns;

        @Override
        protected int execute() {
            List<IntakeMapping.Column> parsed = new ArrayList<>();
            for (String c : columns) {
                int eq = c.lastIndexOf('=');
                if (eq <= 0) {
                    throw usageError("cli.intake.badColumn", v(c));
                }
                String header = c.substring(0, eq).strip();
                String field = c.substring(eq + 1).strip().toUpperCase(Locale.ROOT).replace('-', '_');
                try {
                    parsed.add(new IntakeMapping.Column(header, IntakeField.valueOf(field)));
                } catch (IllegalArgumentException e) {
                    throw usageError("cli.intake.badField", v(c.substring(eq + 1).strip()),
                            v(java.util.Arrays.toString(IntakeField.values())));
                }
            }
            IntakeMapping saved = services().intake().saveMapping(new IntakeMapping(name, parsed));
            out().println(t("cli.intake.mappingSaved", v(saved.name()), saved.columns().size()));
            return Cli.OK;
        }
    }

    @Command(name = "list")
    static final class ListMappings extends BaseCommand {

        @Option(names = "--json", descriptionKey = "opt.json")
        boolean json;

        @Override
        protected int execute() {
            List<IntakeMapping> all = services().intake().mappings();
            if (json) {
                json(all);
                return Cli.OK;
            }
            for (IntakeMapping m : all) {
                out().println(m.name());
                m.columns().forEach(c -> out().println("  " + c.header() + " = " + c.field()));
            }
            return Cli.OK;
        }
    }
}

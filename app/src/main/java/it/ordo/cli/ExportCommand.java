package it.ordo.cli;

import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.SalesExport;
import it.ordo.application.reporting.SalesExportWorkbook;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ordo export sales --from D --to D --out FILE.xlsx|.csv}: the accountants' export of a period. */
@Command(name = "export")
final class ExportCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ExportCommand.Sales.class);

    @Command(name = "sales", sortOptions = false)
    static final class Sales extends BaseCommand {

        @Mixin
        Period dates;

        @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", descriptionKey = "opt.export.out")
        Path target;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            Path file = target.toAbsolutePath();
            SpreadsheetFormat format = SpreadsheetFormat.of(file.getFileName().toString());
            // Beside an .xlsx goes the CSV of the documents, for the accounting software.
            List<Path> files = new ArrayList<>(List.of(file));
            if (format == SpreadsheetFormat.XLSX) {
                String name = file.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
                files.add(file.resolveSibling(name + ".csv"));
            }
            for (Path f : files) {
                if (!force && Files.exists(f)) {
                    throw new FileProblem("cli.file.exists", v(f));
                }
            }
            SalesExport export = services().salesExport().sales(dates.period());
            for (Path f : files) {
                write(export, f);
                out().println(f);
            }
            err().println(t("cli.export.sales.done", export.totals().orders(), money(export.totals().net()),
                    money(export.totals().vat()), money(export.totals().gross())));
            if (export.credits().notes() > 0) {
                err().println(t("cli.export.sales.credits", export.credits().notes(),
                        money(export.credits().gross()), money(export.gross())));
            }
            return Cli.OK;
        }

        private void write(SalesExport export, Path file) {
            SpreadsheetFormat format = SpreadsheetFormat.of(file.getFileName().toString());
            try {
                ExportFile.write(file, out -> {
                    try (SpreadsheetWriter writer = ctx().spreadsheets().writer(format, out,
                            ctx().clock().getZone())) {
                        SalesExportWorkbook.write(export, writer, format, (key, args) -> t(key, args));
                    }
                });
            } catch (IOException | SecurityException e) {
                throw new FileProblem(e, "cli.file.unwritable", v(file), v(e.getMessage()));
            }
        }
    }
}

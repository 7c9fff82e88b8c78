package it.ordo.cli;

import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.FulfilmentReport;
import it.ordo.application.reporting.FulfilmentReportWorkbook;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.application.reporting.SalesPeriod;
import it.ordo.application.reporting.SalesReport;
import it.ordo.application.reporting.SalesReportWorkbook;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ordo report sales --by customer --from D --to D --out FILE.pdf|.xlsx}: a manager's sales report;
 * {@code ordo report fulfilment --from D --to D [--warehouse W] --out FILE.pdf|.xlsx}: order fulfilment.
 */
@Command(name = "report", subcommands = {ReportCommand.Sales.class, ReportCommand.Fulfilment.class})
final class ReportCommand {

    @Command(name = "sales", sortOptions = false)
    static final class Sales extends BaseCommand {

        @Option(names = "--by", required = true, paramLabel = "customer|channel|product|category",
                descriptionKey = "opt.report.by")
        String by;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "opt.export.from")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "opt.export.to")
        LocalDate to;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "opt.report.out")
        Path target;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            SalesGrouping grouping;
            try {
                grouping = SalesGrouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usageError("cli.report.by.unknown", v(by));
            }
            Path file = target.toAbsolutePath();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean pdf = name.endsWith(".pdf");
            if (!pdf && !name.endsWith(".xlsx")) {
                throw usageError("cli.report.out.kind", v(file));
            }
            if (!force && Files.exists(file)) {
                throw new FileProblem("cli.file.exists", v(file));
            }
            SalesPeriod period = new SalesPeriod(from, to);
            try {
                if (pdf) {
                    byte[] bytes = services().salesReports().salesPdf(grouping, period, texts().locale().getLanguage());
                    ExportFile.write(file, out -> out.write(bytes));
                } else {
                    SalesReport report = services().salesReports().sales(grouping, period);
                    ExportFile.write(file, out -> {
                        try (SpreadsheetWriter writer = ctx().spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                                ctx().clock().getZone())) {
                            SalesReportWorkbook.write(report, writer, (key, args) -> t(key, args));
                        }
                    });
                }
            } catch (IOException | SecurityException e) {
                throw new FileProblem(e, "cli.file.unwritable", v(file), v(e.getMessage()));
            }
            out().println(file);
            return Cli.OK;
        }
    }

    @Command(name = "fulfilment", sortOptions = false)
    static final class Fulfilment extends BaseCommand {

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "opt.export.from")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", descriptionKey = "opt.export.to")
        LocalDate to;

        @Option(names = "--warehouse", paramLabel = "CODE", descriptionKey = "opt.report.warehouse")
        String warehouse;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "opt.report.out")
        Path target;

        @Option(names = "--force", descriptionKey = "opt.document.force")
        boolean force;

        @Override
        protected int execute() {
            Path file = target.toAbsolutePath();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean pdf = name.endsWith(".pdf");
            if (!pdf && !name.endsWith(".xlsx")) {
                throw usageError("cli.report.out.kind", v(file));
            }
            if (!force && Files.exists(file)) {
                throw new FileProblem("cli.file.exists", v(file));
            }
            SalesPeriod period = new SalesPeriod(from, to);
            try {
                if (pdf) {
                    byte[] bytes = services().salesReports().fulfilmentPdf(period, warehouse,
                            texts().locale().getLanguage());
                    ExportFile.write(file, out -> out.write(bytes));
                } else {
                    FulfilmentReport report = services().salesReports().fulfilment(period, warehouse);
                    ExportFile.write(file, out -> {
                        try (SpreadsheetWriter writer = ctx().spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                                ctx().clock().getZone())) {
                            FulfilmentReportWorkbook.write(report, writer, (key, args) -> t(key, args));
                        }
                    });
                }
            } catch (IOException | SecurityException e) {
                throw new FileProblem(e, "cli.file.unwritable", v(file), v(e.getMessage()));
            }
            out().println(file);
            return Cli.OK;
        }
    }
}

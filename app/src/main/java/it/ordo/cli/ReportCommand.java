package it.ordo.cli;

import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.FulfilmentReport;
import it.ordo.application.reporting.FulfilmentReportWorkbook;
import it.ordo.application.reporting.ManagementTables;
import it.ordo.application.reporting.ReportTable;
import it.ordo.application.reporting.ReturnsReport;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.application.reporting.SalesReport;
import it.ordo.application.reporting.SalesReportWorkbook;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.application.reporting.StockReport;
import it.ordo.application.reporting.TicketsReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ordo report sales --by customer --from D --to D --out FILE.pdf|.xlsx}: a manager's sales report;
 * {@code ordo report fulfilment --from D --to D [--warehouse W] --out FILE.pdf|.xlsx}: order fulfilment;
 * {@code ordo report returns --from D --to D [--warehouse W] --out FILE}, {@code ordo report tickets --from D --to D
 * --out FILE}, {@code ordo report stock [--warehouse W] [--days N] --out FILE}: the management reports laid out by
 * {@link ManagementTables}.
 */
@Command(name = "report")
final class ReportCommand {
    /** Built only when a run names them: see {@link Cli#commandLine}. */
    static final List<Class<?>> SUBCOMMANDS = List.of(ReportCommand.Sales.class, ReportCommand.Fulfilment.class,
            ReportCommand.Returns.class, ReportCommand.Tickets.class, ReportCommand.Stock.class);

    /**
     * What every report command shares: the file named by {@code --out} (.pdf or .xlsx, refused when it exists unless
     * {@code --force}), written whole or not at all, with the PDF in the user's language or the sheets.
     */
    abstract static class ReportFile extends BaseCommand {

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "opt.report.out", order = 9)
        Path target;

        @Option(names = "--force", descriptionKey = "opt.document.force", order = 10)
        boolean force;

        /** The command's own options, checked before the file is looked at. */
        void check() {
        }

        /** The PDF in the user's language. */
        abstract byte[] pdf(String language);

        /** The report's sheets, labelled in the user's language. */
        abstract void sheets(SpreadsheetWriter writer) throws IOException;

        @Override
        protected int execute() {
            check();
            Path file = target.toAbsolutePath();
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean pdf = name.endsWith(".pdf");
            if (!pdf && !name.endsWith(".xlsx")) {
                throw usageError("cli.report.out.kind", v(file));
            }
            if (!force && Files.exists(file)) {
                throw new FileProblem("cli.file.exists", v(file));
            }
            try {
                if (pdf) {
                    byte[] bytes = pdf(texts().locale().getLanguage());
                    ExportFile.write(file, out -> out.write(bytes));
                } else {
                    ExportFile.write(file, out -> {
                        try (SpreadsheetWriter writer = ctx().spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                                ctx().clock().getZone())) {
                            sheets(writer);
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

    @Command(name = "sales", sortOptions = false)
    static final class Sales extends ReportFile {

        @Option(names = "--by", required = true, paramLabel = "customer|channel|product|category",
                descriptionKey = "opt.report.by", order = 0)
        String by;

        @Mixin
        Period dates;

        private SalesGrouping grouping;

        @Override
        void check() {
            try {
                grouping = SalesGrouping.valueOf(by.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw usageError("cli.report.by.unknown", v(by));
            }
        }

        @Override
        byte[] pdf(String language) {
            return services().salesReports().salesPdf(grouping, dates.period(), language);
        }

        @Override
        void sheets(SpreadsheetWriter writer) throws IOException {
            SalesReport report = services().salesReports().sales(grouping, dates.period());
            SalesReportWorkbook.write(report, writer, (key, args) -> t(key, args));
        }
    }

    @Command(name = "fulfilment", sortOptions = false)
    static final class Fulfilment extends ReportFile {

        @Mixin
        Period dates;

        @Option(names = "--warehouse", paramLabel = "CODE", descriptionKey = "opt.report.warehouse", order = 3)
        String warehouse;

        @Override
        byte[] pdf(String language) {
            return services().salesReports().fulfilmentPdf(dates.period(), warehouse, language);
        }

        @Override
        void sheets(SpreadsheetWriter writer) throws IOException {
            FulfilmentReport report = services().salesReports().fulfilment(dates.period(), warehouse);
            FulfilmentReportWorkbook.write(report, writer, (key, args) -> t(key, args));
        }
    }

    /** The returns, tickets and stock reports: tables laid out once by {@link ManagementTables}. */
    abstract static class Management extends ReportFile {

        /** The tables and what chose their rows, labelled in the user's language. */
        abstract Tables tables(ManagementTables layout);

        record Tables(List<ReportTable> tables, List<SheetLayout.Filter> filters) {
        }

        @Override
        void sheets(SpreadsheetWriter writer) throws IOException {
            Tables tables = tables(ManagementTables.in((key, args) -> t(key, args)));
            ManagementTables.write(tables.tables(), tables.filters(), writer);
        }
    }

    @Command(name = "returns", sortOptions = false)
    static final class Returns extends Management {

        @Mixin
        Period dates;

        @Option(names = "--warehouse", paramLabel = "CODE", descriptionKey = "opt.report.warehouse", order = 3)
        String warehouse;

        @Override
        byte[] pdf(String language) {
            return services().managementReports().returnsPdf(dates.period(), warehouse, language);
        }

        @Override
        Tables tables(ManagementTables layout) {
            ReturnsReport report = services().managementReports().returns(dates.period(), warehouse);
            return new Tables(layout.tables(report), layout.filters(report.period(), report.warehouse()));
        }
    }

    @Command(name = "tickets", sortOptions = false)
    static final class Tickets extends Management {

        @Mixin
        Period dates;

        @Override
        byte[] pdf(String language) {
            return services().managementReports().ticketsPdf(dates.period(), language);
        }

        @Override
        Tables tables(ManagementTables layout) {
            TicketsReport report = services().managementReports().tickets(dates.period());
            return new Tables(layout.tables(report), layout.filters(report.period()));
        }
    }

    @Command(name = "stock", sortOptions = false)
    static final class Stock extends Management {

        @Option(names = "--warehouse", paramLabel = "CODE", descriptionKey = "opt.report.warehouse", order = 3)
        String warehouse;

        @Option(names = "--days", paramLabel = "N", defaultValue = "90", descriptionKey = "opt.report.days",
                order = 4)
        int days;

        @Override
        byte[] pdf(String language) {
            return services().managementReports().stockPdf(warehouse, days, language);
        }

        @Override
        Tables tables(ManagementTables layout) {
            StockReport report = services().managementReports().stock(warehouse, days);
            return new Tables(layout.tables(report), layout.filters(null, report.warehouse()));
        }
    }
}

package it.ordo.ui.reporting;

import it.ordo.application.Services;
import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.FulfilmentReport;
import it.ordo.application.reporting.FulfilmentReportWorkbook;
import it.ordo.application.reporting.ManagementTables;
import it.ordo.application.reporting.ReportTable;
import it.ordo.application.reporting.ReturnsReport;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.StockReport;
import it.ordo.application.reporting.TicketsReport;
import it.ordo.application.reporting.SalesExport;
import it.ordo.application.reporting.SalesExportWorkbook;
import it.ordo.application.reporting.SalesGrouping;
import it.ordo.application.reporting.SalesPeriod;
import it.ordo.application.reporting.SalesReport;
import it.ordo.application.reporting.SalesReportWorkbook;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.application.security.Permission;
import it.ordo.i18n.Texts;
import it.ordo.ui.Problems;
import it.ordo.ui.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javax.print.PrintService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Reports area: a period, the accountants' export of it (EXPORT_SALES)
 * and the managers' sales reports (VIEW_MANAGEMENT_FIGURES) saved as PDF or
 * Excel or printed. Every file is written beside its destination and moved
 * into place when complete; all the work runs in the background.
 */
public final class ReportsViewModel {

    private final Services services;
    private final Texts texts;
    private final TaskExecutor executor;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<SalesGrouping> grouping = new SimpleObjectProperty<>(SalesGrouping.CUSTOMER);
    private final StringProperty warehouse = new SimpleStringProperty("");
    private final ObjectProperty<ManagementReport> management = new SimpleObjectProperty<>(ManagementReport.RETURNS);
    private final StringProperty slowDays = new SimpleStringProperty("90");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ReportsViewModel(Services services, Texts texts, TaskExecutor executor) {
        this.services = services;
        this.texts = texts;
        this.executor = executor;
        // Last month: what accounting closes and managers review at the start of a month.
        LocalDate today = LocalDate.now(services.clock());
        from.set(today.minusMonths(1).withDayOfMonth(1));
        to.set(today.withDayOfMonth(1).minusDays(1));
    }

    public boolean mayExportSales() {
        return services.access().allows(Permission.EXPORT_SALES);
    }

    public boolean mayPrintReports() {
        return services.access().allows(Permission.VIEW_MANAGEMENT_FIGURES);
    }

    /** The accounting export to {@code file} (.xlsx gets the documents' .csv beside it; .csv alone). */
    public void exportSales(Path file, Consumer<Path> done) {
        run(() -> {
            SalesExport export = services.salesExport().sales(period());
            SpreadsheetFormat format = SpreadsheetFormat.of(file.getFileName().toString());
            write(export, file, format);
            if (format == SpreadsheetFormat.XLSX) {
                String name = file.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
                write(export, file.resolveSibling(name + ".csv"), SpreadsheetFormat.CSV);
            }
            return texts.get("reports.exported", export.totals().orders(), file.getFileName().toString());
        }, file, done);
    }

    private void write(SalesExport export, Path file, SpreadsheetFormat format) throws java.io.IOException {
        ExportFile.write(file, out -> {
            try (SpreadsheetWriter writer = services.spreadsheets().writer(format, out, services.clock().getZone())) {
                SalesExportWorkbook.write(export, writer, format, texts::get);
            }
        });
    }

    /** The sales report as PDF (by the file's name) or as Excel. */
    public void saveReport(Path file, Consumer<Path> done) {
        SalesGrouping by = grouping.get();
        run(() -> {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                byte[] pdf = services.salesReports().salesPdf(by, period(), texts.locale().getLanguage());
                ExportFile.write(file, out -> out.write(pdf));
            } else {
                SalesReport report = services.salesReports().sales(by, period());
                ExportFile.write(file, out -> {
                    try (SpreadsheetWriter writer = services.spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                            services.clock().getZone())) {
                        SalesReportWorkbook.write(report, writer, texts::get);
                    }
                });
            }
            return texts.get("reports.saved", file.getFileName().toString());
        }, file, done);
    }

    /** Prints the sales report on {@code printer} (null: there is none). */
    public void print(PrintService printer) {
        if (printer == null) {
            problem.set(true);
            message.set(texts.get("reports.noPrinter"));
            return;
        }
        SalesGrouping by = grouping.get();
        run(() -> {
            byte[] pdf = services.salesReports().salesPdf(by, period(), texts.locale().getLanguage());
            ReportPrinting.print(printer, pdf, texts.get("reports.grouping." + by.name()));
            return texts.get("reports.printed", printer.getName());
        }, null, p -> { });
    }

    /** The fulfilment report (of the warehouse typed, or all) as PDF (by the file's name) or as Excel. */
    public void saveFulfilment(Path file, Consumer<Path> done) {
        String only = warehouse.get();
        run(() -> {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                byte[] pdf = services.salesReports().fulfilmentPdf(period(), only, texts.locale().getLanguage());
                ExportFile.write(file, out -> out.write(pdf));
            } else {
                FulfilmentReport report = services.salesReports().fulfilment(period(), only);
                ExportFile.write(file, out -> {
                    try (SpreadsheetWriter writer = services.spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                            services.clock().getZone())) {
                        FulfilmentReportWorkbook.write(report, writer, texts::get);
                    }
                });
            }
            return texts.get("reports.saved", file.getFileName().toString());
        }, file, done);
    }

    /** Prints the fulfilment report on {@code printer} (null: there is none). */
    public void printFulfilment(PrintService printer) {
        if (printer == null) {
            problem.set(true);
            message.set(texts.get("reports.noPrinter"));
            return;
        }
        String only = warehouse.get();
        run(() -> {
            byte[] pdf = services.salesReports().fulfilmentPdf(period(), only, texts.locale().getLanguage());
            ReportPrinting.print(printer, pdf, texts.get("reports.fulfilment"));
            return texts.get("reports.printed", printer.getName());
        }, null, p -> { });
    }

    /** The returns, tickets or stock report chosen, as PDF (by the file's name) or as Excel. */
    public void saveManagement(Path file, Consumer<Path> done) {
        ManagementReport which = management.get();
        String only = warehouse.get();
        String days = slowDays.get();
        run(() -> {
            if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                byte[] pdf = managementPdf(which, only, days);
                ExportFile.write(file, out -> out.write(pdf));
            } else {
                ManagementTables layout = ManagementTables.in(texts::get);
                List<ReportTable> tables;
                List<SheetLayout.Filter> filters;
                switch (which) {
                    case RETURNS -> {
                        ReturnsReport r = services.managementReports().returns(period(), only);
                        tables = layout.tables(r);
                        filters = layout.filters(r.period(), r.warehouse());
                    }
                    case TICKETS -> {
                        TicketsReport r = services.managementReports().tickets(period());
                        tables = layout.tables(r);
                        filters = layout.filters(r.period());
                    }
                    case STOCK -> {
                        StockReport r = services.managementReports().stock(only, days(days));
                        tables = layout.tables(r);
                        filters = layout.filters(null, r.warehouse());
                    }
                    default -> throw new IllegalStateException(which.name());
                }
                ExportFile.write(file, out -> {
                    try (SpreadsheetWriter writer = services.spreadsheets().writer(SpreadsheetFormat.XLSX, out,
                            services.clock().getZone())) {
                        ManagementTables.write(tables, filters, writer);
                    }
                });
            }
            return texts.get("reports.saved", file.getFileName().toString());
        }, file, done);
    }

    /** Prints the returns, tickets or stock report chosen on {@code printer} (null: there is none). */
    public void printManagement(PrintService printer) {
        if (printer == null) {
            problem.set(true);
            message.set(texts.get("reports.noPrinter"));
            return;
        }
        ManagementReport which = management.get();
        String only = warehouse.get();
        String days = slowDays.get();
        run(() -> {
            byte[] pdf = managementPdf(which, only, days);
            ReportPrinting.print(printer, pdf, texts.get("reports.management." + which.name()));
            return texts.get("reports.printed", printer.getName());
        }, null, p -> { });
    }

    private byte[] managementPdf(ManagementReport which, String only, String days) {
        String language = texts.locale().getLanguage();
        return switch (which) {
            case RETURNS -> services.managementReports().returnsPdf(period(), only, language);
            case TICKETS -> services.managementReports().ticketsPdf(period(), language);
            case STOCK -> services.managementReports().stockPdf(only, days(days), language);
        };
    }

    /** The slow movers' days as typed; a clear refusal naming the field when it is not a whole number. */
    private static int days(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new it.ordo.domain.DomainException("reports.days.invalid", typed == null ? "" : typed);
        }
    }

    /** The sales report chosen, its pages drawn for the preview. */
    public void previewReport(Consumer<PdfPages.Pages> show) {
        SalesGrouping by = grouping.get();
        preview(texts.get("reports.grouping." + by.name()),
                () -> services.salesReports().salesPdf(by, period(), texts.locale().getLanguage()), show);
    }

    /** The fulfilment report, its pages drawn for the preview. */
    public void previewFulfilment(Consumer<PdfPages.Pages> show) {
        String only = warehouse.get();
        preview(texts.get("reports.fulfilment"),
                () -> services.salesReports().fulfilmentPdf(period(), only, texts.locale().getLanguage()), show);
    }

    /** The returns, tickets or stock report chosen, its pages drawn for the preview. */
    public void previewManagement(Consumer<PdfPages.Pages> show) {
        ManagementReport which = management.get();
        String only = warehouse.get();
        String days = slowDays.get();
        preview(texts.get("reports.management." + which.name()), () -> managementPdf(which, only, days), show);
    }

    /** The report made and drawn in the background; what went wrong is said under the buttons. */
    private void preview(String title, java.util.concurrent.Callable<byte[]> pdf, Consumer<PdfPages.Pages> show) {
        busy.set(true);
        message.set("");
        executor.run(() -> PdfPages.draw(title, pdf.call()), pages -> {
            busy.set(false);
            problem.set(false);
            message.set(pages.total() > pages.pages().size()
                    ? texts.get("reports.preview.partly", pages.pages().size(), pages.total()) : "");
            show.accept(pages);
        }, error -> {
            busy.set(false);
            problem.set(true);
            message.set(Problems.describe(texts, error));
        });
    }

    /** The management report the section makes. */
    public ObjectProperty<ManagementReport> managementProperty() {
        return management;
    }

    /** Days without a DDT after which stock on hand is a slow mover (stock report). */
    public StringProperty slowDaysProperty() {
        return slowDays;
    }

    public List<ManagementReport> managementReports() {
        return List.of(ManagementReport.values());
    }

    /** The warehouse the fulfilment report is limited to (its code); blank for all. */
    public StringProperty warehouseProperty() {
        return warehouse;
    }

    private SalesPeriod period() {
        return new SalesPeriod(from.get(), to.get());
    }

    private void run(java.util.concurrent.Callable<String> work, Path file, Consumer<Path> done) {
        busy.set(true);
        message.set("");
        executor.run(work, text -> {
            busy.set(false);
            problem.set(false);
            message.set(text);
            done.accept(file);
        }, error -> {
            busy.set(false);
            problem.set(true);
            message.set(error instanceof java.io.IOException io && file != null
                    ? texts.get("export.failed", file.toString(), io.getMessage())
                    : Problems.describe(texts, error));
        });
    }

    public List<SalesGrouping> groupings() {
        return List.of(SalesGrouping.values());
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<SalesGrouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public Texts texts() {
        return texts;
    }
}

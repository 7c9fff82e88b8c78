package it.ordo.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A management report ready to print: the company, its title and the line
 * under it (period, warehouse), when it was made, its charts (printed
 * first, each drawn from one of the tables), its tables and the
 * definitions printed at its end, all in the reader's language.
 */
public record PrintedReport(String companyName, String title, String subtitle, Instant madeAt,
                            List<ReportTable> tables, String definitions, List<ReportChart> charts) {

    public PrintedReport {
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A report of tables only. */
    public PrintedReport(String companyName, String title, String subtitle, Instant madeAt, List<ReportTable> tables,
                         String definitions) {
        this(companyName, title, subtitle, madeAt, tables, definitions, List.of());
    }
}

package it.ordo.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A management report ready to print: the company, its title and the line
 * under it (period, warehouse), when it was made, its tables and the
 * definitions printed at its end, all in the reader's language.
 */
public record PrintedReport(String companyName, String title, String subtitle, Instant madeAt,
                            List<ReportTable> tables, String definitions) {

    public PrintedReport {
        tables = List.copyOf(tables);
    }
}

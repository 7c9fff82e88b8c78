package it.ordo.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A management report of a period's sales: the groups (customers,
 * channels, products or categories), largest taxable first, and the
 * period's totals, with the company it is printed for and when it was made.
 */
public record SalesReport(String companyName, SalesGrouping grouping, SalesPeriod period, Instant madeAt,
                          List<SalesGroup> groups, SalesTotals totals) {

    public SalesReport {
        groups = List.copyOf(groups);
    }
}

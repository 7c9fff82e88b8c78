package it.ordo.application.reporting;

import java.time.Instant;
import java.util.List;

/** Customer-care tickets opened in a period, by category and in total, with those open past due when it was made. */
public record TicketsReport(String companyName, SalesPeriod period, Instant madeAt, List<TicketGroup> byCategory,
                            TicketGroup total) {

    public TicketsReport {
        byCategory = List.copyOf(byCategory);
    }
}

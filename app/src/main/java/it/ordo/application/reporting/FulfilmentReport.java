package it.ordo.application.reporting;

import java.time.Instant;
import java.util.List;

/**
 * Order fulfilment in a period, for one warehouse or all ({@code warehouse}
 * null): the shipments by warehouse and carrier with the times from order to
 * shipment and to delivery, their total, on time in full against the promise
 * dates of the period, and the open backorders by age as of when it was made.
 */
public record FulfilmentReport(String companyName, SalesPeriod period, String warehouse, Instant madeAt,
                               List<FulfilmentGroup> groups, FulfilmentGroup total, OnTimeInFull onTimeInFull,
                               List<BackorderAge> backorders) {

    public FulfilmentReport {
        groups = List.copyOf(groups);
        backorders = List.copyOf(backorders);
    }
}

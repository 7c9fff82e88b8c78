package it.ordo.application.reporting;

import it.ordo.domain.support.TicketCategory;
import java.math.BigDecimal;

/**
 * The tickets of one category ({@code category} null: all) opened in a
 * period: how many, how many are resolved, how many had their service level
 * decided (resolved, or still open past due) and kept (resolved by the due
 * time) with the share kept (a fraction, null when none was decided), the
 * hours from opening to resolution (median and 90th percentile, null when none
 * was resolved); and how many tickets of the category, of any period, are open
 * past their due time now.
 */
public record TicketGroup(TicketCategory category, long opened, long resolved, long slaDecided, long slaKept,
                          BigDecimal slaKeptRate, BigDecimal medianHoursToResolve, BigDecimal p90HoursToResolve,
                          long openOverSlaNow) {
}

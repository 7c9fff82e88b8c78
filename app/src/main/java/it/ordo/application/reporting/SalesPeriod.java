package it.ordo.application.reporting;

import it.ordo.domain.DomainException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;

/**
 * Days from {@code from} to {@code to}, both included, in the company's time
 * zone. Refused when a day is missing, when the two are reversed, or when the
 * whole period lies in the future (nothing can have been sold there).
 */
public record SalesPeriod(LocalDate from, LocalDate to) {

    public SalesPeriod {
        if (from == null || to == null) {
            throw new DomainException("report.period.missing");
        }
        if (from.isAfter(to)) {
            throw new DomainException("report.period.reversed", from, to);
        }
    }

    /** The same period, refused if it starts after {@code today}. */
    public SalesPeriod notAfter(LocalDate today) {
        if (from.isAfter(today)) {
            throw new DomainException("report.period.future", from, today);
        }
        return this;
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

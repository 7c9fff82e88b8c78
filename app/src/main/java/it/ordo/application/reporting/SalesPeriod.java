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

    /** How this period is called on the dashboard: one day, the week so far, the month so far. */
    public enum Span {
        DAY, WEEK, MONTH
    }

    /**
     * The same period before this one, to compare with: a day against the
     * same weekday one week earlier; the days of a week against the same days
     * one week earlier; the days of a month against the same days of the
     * month before, the last day held to that month's length (31 March
     * compares with 1 to 28 February).
     */
    public SalesPeriod sameBefore(Span span) {
        return switch (span) {
            case DAY, WEEK -> new SalesPeriod(from.minusWeeks(1), to.minusWeeks(1));
            case MONTH -> {
                LocalDate first = from.minusMonths(1).withDayOfMonth(1);
                yield new SalesPeriod(first, first.withDayOfMonth(Math.min(to.getDayOfMonth(), first.lengthOfMonth())));
            }
        };
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}

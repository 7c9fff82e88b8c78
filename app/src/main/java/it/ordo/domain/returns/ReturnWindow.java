package it.ordo.domain.returns;

import it.ordo.domain.DomainException;
import java.time.LocalDate;

/**
 * How long after the goods reached the customer they may come back: a
 * number of days counted from delivery (or from shipment, while no delivery
 * is recorded). The last day is {@code since + days}; after it a return
 * needs a manager's override with a reason.
 */
public record ReturnWindow(int days) {

    public static final int MAX_DAYS = 3650;

    public ReturnWindow {
        if (days < 1 || days > MAX_DAYS) {
            throw new DomainException("return.window.days", days, MAX_DAYS);
        }
    }

    /** The last day a return is accepted without an override. */
    public LocalDate lastDay(LocalDate since) {
        return since.plusDays(days);
    }

    public boolean closed(LocalDate since, LocalDate today) {
        return since != null && today.isAfter(lastDay(since));
    }
}

package it.ordo.domain.pricing;

import it.ordo.domain.DomainException;
import java.time.LocalDate;

/** Periods of validity of conditions: from/to inclusive, open at an end that is null. */
public final class Validity {

    private Validity() {
    }

    public static void require(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("validity.endsBeforeStart", to, from);
        }
    }

    /** Whether two periods have a day in common. */
    public static boolean overlap(LocalDate from1, LocalDate to1, LocalDate from2, LocalDate to2) {
        return (to2 == null || from1 == null || !from1.isAfter(to2)) && (to1 == null || from2 == null || !from2.isAfter(to1));
    }
}

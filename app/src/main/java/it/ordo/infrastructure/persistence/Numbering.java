package it.ordo.infrastructure.persistence;

import jakarta.persistence.PersistenceException;

/**
 * Gap-free counters per series and year. The UPDATE takes the row's write lock
 * in the caller's transaction, so a rolled-back order gives its number back and
 * two workstations can never draw the same one. A missing row is created; if
 * two transactions race to create it, one fails on the primary key and is
 * retried by the transaction runner.
 */
final class Numbering {

    private final JpaTransactions tx;

    Numbering(JpaTransactions tx) {
        this.tx = tx;
    }

    long next(String series, int year) {
        var em = tx.em();
        int updated = em.createNativeQuery("UPDATE numbering SET last_value = last_value + 1 WHERE series = ? AND num_year = ?")
                .setParameter(1, series).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            try {
                em.createNativeQuery("INSERT INTO numbering (series, num_year, last_value) VALUES (?, ?, 1)")
                        .setParameter(1, series).setParameter(2, year).executeUpdate();
            } catch (PersistenceException e) {
                throw new TransientConflictException("first " + series + " number of " + year + " taken concurrently", e);
            }
            return 1;
        }
        Object value = em.createNativeQuery("SELECT last_value FROM numbering WHERE series = ? AND num_year = ?")
                .setParameter(1, series).setParameter(2, year).getSingleResult();
        return ((Number) value).longValue();
    }
}

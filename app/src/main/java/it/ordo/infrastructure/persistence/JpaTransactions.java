package it.ordo.infrastructure.persistence;

import it.ordo.application.Transactions;
import it.ordo.domain.DomainException;
import it.ordo.domain.StaleDataException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs use cases in JPA transactions, one EntityManager per transaction bound
 * to the calling thread for the repositories. Transient conflicts are retried
 * with a short random back-off; the user never sees a raw SQL error.
 */
public final class JpaTransactions implements Transactions {

    /** Derby deadlock and lock timeouts, PostgreSQL serialization failure and deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40XL1", "40XL2", "40P01");
    private static final int MAX_ATTEMPTS = 8;

    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public JpaTransactions(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** The EntityManager of the transaction running on this thread. */
    public EntityManager em() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("No transaction on this thread: repositories are used inside Transactions.write/read");
        }
        return em;
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return run(work, false);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(work, true);
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get(); // joins the transaction already running on this thread
        }
        for (int attempt = 1; ; attempt++) {
            EntityManager em = emf.createEntityManager();
            current.set(em);
            EntityTransaction tx = em.getTransaction();
            try {
                if (readOnly) {
                    em.unwrap(Session.class).setDefaultReadOnly(true);
                }
                // Changes reach the database at commit, after every lock a use case needs is held: a
                // transaction never sits on freshly inserted rows while it waits for a stock lock, which on
                // Derby (readers wait for writers) would let a reader and a writer deadlock.
                em.setFlushMode(FlushModeType.COMMIT);
                tx.begin();
                T result = work.get();
                if (readOnly) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    try {
                        tx.rollback();
                    } catch (RuntimeException ignored) {
                        // the connection may already be gone; the original error is what matters
                    }
                }
                if (isTransient(e) && attempt < MAX_ATTEMPTS) {
                    backOff(attempt);
                    continue;
                }
                throw translate(e);
            } finally {
                current.remove();
                em.close();
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt * attempt + 2));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientConflictException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && TRANSIENT_STATES.contains(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof DomainException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return (RuntimeException) new StaleDataException(String.valueOf(e.getMessage())).initCause(e);
            }
            if (t instanceof ConstraintViolationException cve) {
                return (RuntimeException) new DomainException("error.constraint",
                        String.valueOf(cve.getConstraintName())).initCause(e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (isTransient(e)) {
            return (RuntimeException) new DomainException("error.busy").initCause(e);
        }
        return e;
    }
}

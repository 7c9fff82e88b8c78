package it.ordo.infrastructure.persistence;

import it.ordo.application.CurrentUser;
import it.ordo.application.OperatingSystemUser;
import it.ordo.application.Transactions;
import it.ordo.domain.DomainException;
import it.ordo.domain.StaleDataException;
import it.ordo.domain.audit.AuditEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs use cases in JPA transactions, one EntityManager per transaction bound
 * to the calling thread for the repositories. Transient conflicts are retried
 * with a short random back-off; the user never sees a raw SQL error.
 *
 * <p>Every session carries the audit scope of the user working in this
 * context ({@link AuditIntegration}), so the audit trail records who made each
 * change, from which workstation, in the same transaction. A record someone
 * else saved in the meantime (an optimistic-lock failure) is read again and the
 * use case re-run, like a lock conflict; when the caller's change was based on
 * a copy of an older version, the use case refuses it and the refusal names who
 * changed the record last and when.
 */
public final class JpaTransactions implements Transactions {

    /** The constraint Derby names in its message ("... identified by 'UQ_ORDER_EXTERNAL_KEY' defined on ..."). */
    private static final java.util.regex.Pattern CONSTRAINT_NAME = java.util.regex.Pattern.compile("identified by '([^']+)'");


    /** Derby deadlock and lock timeouts, PostgreSQL serialization failure and deadlock. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40XL1", "40XL2", "40P01");
    private static final int MAX_ATTEMPTS = 8;

    private final EntityManagerFactory emf;
    private final SessionFactory sessions;
    private final CurrentUser user;
    private final Clock clock;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final DataSource connections;

    /** Changes are audited as the operating-system user, at the system clock's time. */
    public JpaTransactions(EntityManagerFactory emf) {
        this(emf, systemUser(), Clock.systemDefaultZone());
    }

    /**
     * Changes are audited as {@code user} (asked at the start of each
     * transaction, so a user who signs in later is seen), at {@code clock}'s time.
     */
    public JpaTransactions(EntityManagerFactory emf, CurrentUser user, Clock clock) {
        this(emf, user, clock, null);
    }

    /**
     * The same, with each transaction's connection taken from {@code connections} instead of the factory's
     * pool: the identity tables are written on the database owner's connections ({@link Database#identityDataSource}).
     */
    public JpaTransactions(EntityManagerFactory emf, CurrentUser user, Clock clock, DataSource connections) {
        this.emf = emf;
        this.sessions = emf.unwrap(SessionFactory.class);
        this.user = user;
        this.clock = clock;
        this.connections = connections;
    }

    private static CurrentUser systemUser() {
        String name = OperatingSystemUser.name();
        return () -> name;
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
            Connection own = connection();
            var builder = sessions.withOptions().interceptor(AuditIntegration.scope(user, clock))
                    .autoJoinTransactions(true);
            EntityManager em = own == null ? builder.openSession() : builder.connection(own).openSession();
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
                if ((isTransient(e) || isOptimistic(e)) && attempt < MAX_ATTEMPTS) {
                    backOff(attempt);
                    continue;
                }
                throw translate(e);
            } finally {
                current.remove();
                em.close();
                if (own != null) {
                    close(own);
                }
            }
        }
    }

    private Connection connection() {
        if (connections == null) {
            return null;
        }
        try {
            return connections.getConnection();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("identity", e);
        }
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // back to the pool or gone: the transaction's outcome is already decided
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

    /**
     * Someone saved the record after this transaction read it. Not a refusal by
     * itself: the use case reads everything again when it is re-run.
     */
    static boolean isOptimistic(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private RuntimeException translate(RuntimeException e) {
        StaleDataException stale = stale(e);
        if (stale != null) {
            return stale;
        }
        if (e instanceof DomainException) {
            return e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve) {
                return (RuntimeException) new DomainException("error.constraint",
                        String.valueOf(cve.getConstraintName())).initCause(e);
            }
            if (t instanceof SQLException sql) {
                // A batched insert refused by a constraint: Derby reports the batch ("Non-atomic batch failure",
                // which Hibernate cannot classify) and puts the violation (SQLState class 23) in its chain.
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && next.getSQLState().startsWith("23")) {
                        java.util.regex.Matcher name = CONSTRAINT_NAME.matcher(String.valueOf(next.getMessage()));
                        return (RuntimeException) new DomainException("error.constraint",
                                name.find() ? name.group(1) : "null").initCause(e);
                    }
                }
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

    /**
     * A stale record as the user should read it: which record, who changed it
     * last and when, from the audit trail. Null when the failure is not about
     * a stale record.
     */
    private StaleDataException stale(RuntimeException e) {
        StaleDataException domain = null;
        StaleObjectStateException hibernate = null;
        OptimisticLockException jpa = null;
        boolean stale = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StaleDataException s && domain == null) {
                domain = s;
            } else if (t instanceof StaleObjectStateException s && hibernate == null) {
                hibernate = s;
            } else if (t instanceof OptimisticLockException o && jpa == null) {
                jpa = o;
            }
            stale |= t instanceof org.hibernate.StaleStateException;
            if (t.getCause() == t) {
                break;
            }
        }
        String entity = null;
        Object id = null;
        String key = null;
        if (domain != null) {
            if (domain.changedBy() != null) {
                return domain;
            }
            entity = domain.entity();
            id = domain.entityId();
            key = domain.recordKey();
        } else if (hibernate != null) {
            entity = simpleName(hibernate.getEntityName());
            id = hibernate.getIdentifier();
        } else if (jpa != null && jpa.getEntity() != null) {
            entity = org.hibernate.Hibernate.getClass(jpa.getEntity()).getSimpleName();
            id = emf.getPersistenceUnitUtil().getIdentifier(jpa.getEntity());
        } else if (jpa == null && !stale) {
            return null;
        }
        Optional<AuditEntry> last = entity != null && id instanceof Number n ? lastChange(entity, n.longValue())
                : Optional.empty();
        Long recordId = id instanceof Number n ? n.longValue() : null;
        StaleDataException result;
        if (last.isPresent()) {
            AuditEntry a = last.get();
            result = new StaleDataException(entity, recordId, key != null ? key : a.entityKey(), a.username(),
                    a.at().atZone(clock.getZone()));
        } else {
            result = new StaleDataException(entity, recordId, key != null ? key : id == null ? null : id.toString());
        }
        result.initCause(e);
        return result;
    }

    /** Read in a transaction of its own: the failed one is already rolled back. */
    private Optional<AuditEntry> lastChange(String entity, long id) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Optional<AuditEntry> last = em.unwrap(Session.class)
                    .doReturningWork(c -> JdbcAuditTrail.latest(c, entity, id));
            em.getTransaction().rollback();
            return last;
        } catch (RuntimeException lookupFailed) {
            return Optional.empty(); // the refusal stands; it just cannot say who
        } finally {
            em.close();
        }
    }

    private static String simpleName(String entityName) {
        return entityName == null ? null : entityName.substring(entityName.lastIndexOf('.') + 1);
    }
}

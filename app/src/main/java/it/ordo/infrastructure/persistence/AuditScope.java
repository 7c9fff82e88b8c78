package it.ordo.infrastructure.persistence;

import it.ordo.application.CurrentUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * One session's audit entries: who works (user and workstation, read when
 * the transaction begins), the time of the change, and the entries the
 * {@link AuditListener} collected while the session flushed. Just before the
 * transaction commits, after the last flush, it writes them to
 * {@code audit_log} with one JDBC batch on the session's own connection: the
 * change and its audit rows commit, or roll back, together.
 *
 * <p>It rides on the session as its {@link Interceptor}, the one per-session
 * object Hibernate hands to event listeners; it intercepts nothing.
 */
final class AuditScope implements Interceptor {

    enum Action { INSERT, UPDATE, DELETE }

    /** A change waiting to be written; its key is worked out at writing time, when every record is in the session. */
    record Pending(AuditListener.AuditedType type, Object entity, long id, Action action, Object[] state,
                   List<AuditListener.Change> changes) {
    }

    private static final String INSERT = "INSERT INTO audit_log (id, entity, entity_id, entity_key, action, username, "
            + "workstation, changed_at, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final int MAX_CHANGES = 8000;

    private final CurrentUser user;
    private final Clock clock;
    private Instant at;
    private String username;
    private String workstation;
    private List<Pending> pending = new ArrayList<>();
    /** Where each record's entry is in {@link #pending}: one entry per record and transaction. */
    private Map<List<Object>, Integer> byRecord = new HashMap<>();
    private boolean registered;

    AuditScope(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    /** The changes of a transaction carry its start time, like the use case's own "now", and its user. */
    @Override
    public void afterTransactionBegin(Transaction tx) {
        begin();
    }

    /** The time of the transaction's changes (its start), for other rows written with them (the mail outbox). */
    Instant now() {
        return at == null ? clock.instant() : at;
    }

    private void begin() {
        at = clock.instant();
        username = cut(user.username(), 60, "?");
        workstation = cut(user.workstation(), 80, null);
    }

    void add(SharedSessionContractImplementor session, AuditIds ids, Pending entry) {
        if (!registered) {
            if (at == null) {
                begin();
            }
            var callbacks = session.getTransactionCompletionCallbacks();
            callbacks.registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> write(s, ids));
            callbacks.registerCallback((TransactionCompletionCallbacks.AfterCompletionCallback) (ok, s) -> reset());
            registered = true;
        }
        List<Object> record = List.of(entry.type().name(), entry.id());
        Integer slot = byRecord.get(record);
        if (slot == null) {
            byRecord.put(record, pending.size());
            pending.add(entry);
        } else {
            pending.set(slot, merge(pending.get(slot), entry));
        }
    }

    /**
     * One entry per record and transaction, as the other users see the
     * change once it is committed: a record inserted and then updated in the
     * same transaction (an order confirmed after it was stored) is recorded as
     * inserted with its final values; two updates as one, from the first old
     * value to the last new one; a record inserted and deleted not at all.
     * Null when nothing is left to record.
     */
    private static Pending merge(Pending first, Pending then) {
        if (first == null) {
            return then;
        }
        AuditListener.AuditedType type = then.type();
        return switch (then.action()) {
            case INSERT -> then;
            case UPDATE -> first.action() == Action.INSERT
                    ? new Pending(type, then.entity(), then.id(), Action.INSERT, then.state(), type.set(then.state()))
                    : nonEmpty(new Pending(type, then.entity(), then.id(), first.action(), then.state(),
                            chain(first.changes(), then.changes())));
            case DELETE -> first.action() == Action.INSERT ? null
                    : new Pending(type, then.entity(), then.id(), Action.DELETE, then.state(),
                            chain(first.changes(), then.changes()));
        };
    }

    private static Pending nonEmpty(Pending p) {
        return p.changes().isEmpty() ? null : p;
    }

    /** Each field from its first old value to its last new value; a field back where it started drops out. */
    private static List<AuditListener.Change> chain(List<AuditListener.Change> first, List<AuditListener.Change> then) {
        Map<String, AuditListener.Change> byField = new LinkedHashMap<>();
        first.forEach(c -> byField.put(c.field(), c));
        for (AuditListener.Change c : then) {
            AuditListener.Change before = byField.get(c.field());
            byField.put(c.field(), before == null ? c : new AuditListener.Change(c.field(), before.from(), c.to()));
        }
        byField.values().removeIf(c -> Objects.equals(c.from(), c.to()));
        return new ArrayList<>(byField.values());
    }

    private void reset() {
        pending = new ArrayList<>();
        byRecord = new HashMap<>();
        registered = false;
        at = null;
    }

    /** Runs after the commit's flush, before the commit: a failure here rolls the change back. */
    private void write(SharedSessionContractImplementor session, AuditIds ids) {
        List<Pending> entries = pending.stream().filter(Objects::nonNull).toList();
        pending = new ArrayList<>();
        byRecord = new HashMap<>();
        if (!entries.isEmpty()) {
            session.doWork(connection -> write(session, connection, ids, entries));
        }
    }

    private void write(SharedSessionContractImplementor session, Connection connection, AuditIds ids,
                       List<Pending> entries) throws SQLException {
        AuditKeys keys = new AuditKeys(session, connection, entries);
        Timestamp when = Timestamp.from(at);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Pending e : entries) {
                insert.setLong(1, ids.next(connection));
                insert.setString(2, e.type().name());
                insert.setLong(3, e.id());
                String key = AuditedEntities.key(e, keys);
                if (key == null) {
                    insert.setNull(4, Types.VARCHAR);
                } else {
                    insert.setString(4, cut(key, 60, null));
                }
                insert.setString(5, e.action().name());
                insert.setString(6, username);
                insert.setString(7, workstation);
                insert.setTimestamp(8, when, AuditJson.utc());
                insert.setString(9, AuditJson.write(e.changes(), MAX_CHANGES));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String cut(String s, int max, String ifNull) {
        if (s == null || s.isBlank()) {
            return ifNull;
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}

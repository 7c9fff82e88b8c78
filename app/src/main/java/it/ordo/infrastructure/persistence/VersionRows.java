package it.ordo.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * The version rows of what each process keeps in memory, in {@code pricing_version}: the commercial conditions
 * (row 1, V11) and the master data the order pipeline reads (row 2, V26). A transaction reads both with one
 * statement the first time it needs either, and uses what it read until it ends: the data it then loads is at
 * least as new as the versions (they are read first), which is all a cache keyed by them needs.
 *
 * <p>A transaction that changes what a row versions adds one to that row just before it commits, after its
 * last flush, so the row's lock (on which Derby's readers of the version wait) is held for the commit alone.
 * Until it ends its own reads of that row answer "changing" (empty): it must read its own changes from the
 * database, not what is kept for everyone.
 *
 * <p>The state is kept per session, weakly: a session is one transaction ({@link JpaTransactions}), and the
 * listener that marks master data changed only has the session ({@link MasterDataListener}).
 */
final class VersionRows {

    /** Declared in ascending id: the order in which a transaction that changes both locks them. */
    enum Row {
        CONDITIONS(1), MASTER_DATA(2);

        final int id;

        Row(int id) {
            this.id = id;
        }
    }

    /** One transaction's versions, as read, and the rows it will move on at commit. */
    private static final class State {
        long[] read;
        final Set<Row> changing = EnumSet.noneOf(Row.class);
    }

    private static final Map<SharedSessionContractImplementor, State> SESSIONS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private VersionRows() {
    }

    /** The row's version for this transaction, or empty when the transaction itself changes what it versions. */
    static OptionalLong read(EntityManager em, Row row) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        State state = state(session);
        if (state.changing.contains(row)) {
            return OptionalLong.empty();
        }
        if (state.read == null) {
            state.read = readAll(session);
        }
        return OptionalLong.of(state.read[row.id]);
    }

    /** This transaction changes what the row versions: it moves the row on just before it commits. */
    static void changed(SharedSessionContractImplementor session, Row row) {
        State state = state(session);
        boolean first = state.changing.isEmpty();
        if (!state.changing.add(row) || !first) {
            return;
        }
        // One callback for every row the transaction changes, run after the last flush (whose events may add
        // rows): the rows are locked in ascending id, so two transactions that change both never deadlock.
        session.getTransactionCompletionCallbacks().registerCallback(
                (TransactionCompletionCallbacks.BeforeCompletionCallback) s -> s.doWork(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE pricing_version SET version = version + 1 WHERE id = ?")) {
                        for (Row changing : state.changing) {
                            ps.setInt(1, changing.id);
                            if (ps.executeUpdate() != 1) {
                                // Without its row a change would go unnoticed by every cache: refuse it instead.
                                throw new IllegalStateException("pricing_version has no row " + changing.id
                                        + ": the database was not migrated");
                            }
                        }
                    }
                }));
    }

    static void changed(EntityManager em, Row row) {
        changed(em.unwrap(SharedSessionContractImplementor.class), row);
    }

    private static State state(SharedSessionContractImplementor session) {
        State state = SESSIONS.get(session);
        if (state == null) {
            State fresh = new State();
            state = SESSIONS.putIfAbsent(session, fresh);
            if (state == null) {
                state = fresh;
                // Forgotten when the transaction ends: a session that begins another reads the versions again.
                session.getTransactionCompletionCallbacks().registerCallback(
                        (TransactionCompletionCallbacks.AfterCompletionCallback) (ok, s) -> SESSIONS.remove(s));
            }
        }
        return state;
    }

    /** Plain JDBC: every order and every priced use case pays this read, and it must not flush the session. */
    private static long[] readAll(SharedSessionContractImplementor session) {
        return session.doReturningWork(c -> {
            long[] versions = new long[Row.values().length + 1];
            java.util.Arrays.fill(versions, -1);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, version FROM pricing_version");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    if (id > 0 && id < versions.length) {
                        versions[id] = rs.getLong(2);
                    }
                }
            }
            for (Row r : Row.values()) {
                if (versions[r.id] < 0) {
                    throw new IllegalStateException("pricing_version has no row " + r.id
                            + ": the database was not migrated");
                }
            }
            return versions;
        });
    }
}

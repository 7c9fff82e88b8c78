package it.ordo.infrastructure.persistence;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * The kept copies of master data a transaction was handed by {@link JpaOrderReferenceData}: records it uses
 * without holding them in its session. The audit key of a row it writes that names one of them (the SKU and
 * warehouse code of a stock row a confirmation allocates from) is read from the copy, as it would be from a
 * record the session holds, instead of with a query per row ({@link AuditKeys}).
 */
final class SharedCopies {

    private static final Map<SharedSessionContractImplementor, Map<EntityKey, Object>> SESSIONS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private SharedCopies() {
    }

    static void handed(SharedSessionContractImplementor session, EntityKey key, Object copy) {
        SESSIONS.computeIfAbsent(session, s -> new HashMap<>()).put(key, copy);
    }

    /** The copy of this record the transaction was handed, or null. */
    static Object of(SharedSessionContractImplementor session, EntityKey key) {
        Map<EntityKey, Object> copies = SESSIONS.get(session);
        return copies == null ? null : copies.get(key);
    }
}

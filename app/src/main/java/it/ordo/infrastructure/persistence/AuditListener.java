package it.ordo.infrastructure.persistence;

import it.ordo.application.CurrentUser;
import it.ordo.application.OperatingSystemUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.WeakHashMap;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;

/**
 * Turns Hibernate's post-insert, post-update and post-delete events of the
 * audited records into audit entries: the fields set, changed or removed,
 * with old and new values. Events fire while the session flushes, inside the
 * transaction; the entries are collected in the session's {@link AuditScope}
 * and written by it just before the transaction commits (never after: a
 * change and its audit rows commit or roll back together).
 *
 * <p>On an update only the fields whose value changed are recorded: amounts
 * are compared by value ({@code 2.50} equals {@code 2.5}), the version column
 * is left out, and an update that only moved the version (a child added to a
 * collection) records nothing. Child collections are left out too: their
 * records are audited on their own.
 */
final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** A field value written as it is, not quoted (numbers, booleans). */
    record Literal(String text) {
    }

    /** One field's change; values are null, a {@link String}, a {@link Literal} or a list of strings. */
    record Change(String field, Object from, Object to) {
    }

    private static final String HIDDEN = "***";

    private final Set<String> audited;
    private final Map<String, AuditedType> types = new ConcurrentHashMap<>();
    private final AuditIds ids;
    /** Scopes of sessions opened without one (not through JpaTransactions): the operating-system user. */
    private final Map<SharedSessionContractImplementor, AuditScope> unscoped = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param audited the entity names to audit; each one's fields are read
     *                from its persister on its first event (the mapping is not
     *                complete yet while the factory is being built)
     */
    AuditListener(Set<String> audited, SessionFactoryImplementor factory) {
        this.audited = Set.copyOf(audited);
        this.ids = new AuditIds(() -> factory.getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString(AuditIds.SEQUENCE));
    }

    private AuditedType type(EntityPersister persister) {
        String name = persister.getEntityName();
        if (!audited.contains(name)) {
            return null;
        }
        return types.computeIfAbsent(name, n -> new AuditedType(persister, persister.getFactory()));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false; // written before the commit, in the transaction, by the scope
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        AuditedType type = type(event.getPersister());
        if (type != null) {
            record(event.getSession(), type, event.getEntity(), event.getId(), AuditScope.Action.INSERT, event.getState(),
                    type.set(event.getState()));
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        AuditedType type = type(event.getPersister());
        if (type != null) {
            List<Change> changes = type.changed(event.getOldState(), event.getState(), event.getDirtyProperties());
            if (!changes.isEmpty()) {
                record(event.getSession(), type, event.getEntity(), event.getId(), AuditScope.Action.UPDATE,
                        event.getState(), changes);
            }
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        AuditedType type = type(event.getPersister());
        if (type != null) {
            record(event.getSession(), type, event.getEntity(), event.getId(), AuditScope.Action.DELETE,
                    event.getDeletedState(), type.removed(event.getDeletedState()));
        }
    }

    private void record(SharedSessionContractImplementor session, AuditedType type, Object entity, Object id,
                        AuditScope.Action action, Object[] state, List<Change> changes) {
        scope(session).add(session, ids, new AuditScope.Pending(type, entity, ((Number) id).longValue(), action, state,
                changes));
    }

    private AuditScope scope(SharedSessionContractImplementor session) {
        if (session.getInterceptor() instanceof AuditScope scope) {
            return scope;
        }
        String user = OperatingSystemUser.name();
        return unscoped.computeIfAbsent(session, s -> new AuditScope((CurrentUser) () -> user, Clock.systemUTC()));
    }

    /** An audited entity's fields, read once from the mapping. */
    static final class AuditedType {

        private enum Kind { VALUE, COMPONENT, ELEMENTS }

        private record Field(String name, Kind kind, Type type, boolean secret) {
        }

        private final String name;
        private final EntityPersister persister;
        private final Field[] fields;
        private final Map<String, Integer> index = new HashMap<>();

        AuditedType(EntityPersister persister, SessionFactoryImplementor factory) {
            this.name = persister.getMappedClass().getSimpleName();
            this.persister = persister;
            String[] names = persister.getPropertyNames();
            Type[] types = persister.getPropertyTypes();
            int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
            this.fields = new Field[names.length];
            for (int i = 0; i < names.length; i++) {
                index.put(names[i], i);
                if (i == version || names[i].startsWith("_") || AuditedEntities.derived(names[i])) {
                    continue; // the version, Hibernate's own back-references of child collections, derived keys
                }
                Kind kind = Kind.VALUE;
                if (types[i] instanceof CollectionType collection) {
                    if (factory.getMappingMetamodel().getCollectionDescriptor(collection.getRole()).getElementType()
                            .isEntityType()) {
                        continue; // child records, audited on their own
                    }
                    kind = Kind.ELEMENTS;
                } else if (types[i] instanceof ComponentType) {
                    kind = Kind.COMPONENT;
                }
                fields[i] = new Field(names[i], kind, types[i], AuditedEntities.secret(names[i]));
            }
        }

        String name() {
            return name;
        }

        EntityPersister persister() {
            return persister;
        }

        /** The value of a property in a state array, or null when the entity has no such property. */
        Object value(Object[] state, String property) {
            Integer i = index.get(property);
            return i == null || state == null ? null : state[i];
        }

        /** Every field an insert set. */
        List<Change> set(Object[] state) {
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] != null) {
                    diff(fields[i], null, state[i], false, changes);
                }
            }
            return changes;
        }

        /** Every field a deleted record held. */
        List<Change> removed(Object[] state) {
            List<Change> changes = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                if (fields[i] != null) {
                    diff(fields[i], state[i], null, true, changes);
                }
            }
            return changes;
        }

        /** The fields whose value differs; without the old state, the fields Hibernate found dirty. */
        List<Change> changed(Object[] old, Object[] now, int[] dirty) {
            List<Change> changes = new ArrayList<>(4);
            for (int i = 0; i < fields.length; i++) {
                Field f = fields[i];
                if (f == null) {
                    continue;
                }
                if (old != null) {
                    diff(f, old[i], now[i], false, changes);
                } else if (dirty != null && contains(dirty, i)) {
                    diff(f, null, now[i], false, changes);
                }
            }
            return changes;
        }

        private static boolean contains(int[] values, int wanted) {
            for (int v : values) {
                if (v == wanted) {
                    return true;
                }
            }
            return false;
        }

        private void diff(Field f, Object before, Object after, boolean deleting, List<Change> out) {
            switch (f.kind()) {
                case VALUE -> {
                    if (!same(before, after)) {
                        out.add(new Change(f.name(), shown(before, f.secret()), shown(after, f.secret())));
                    }
                }
                case COMPONENT -> {
                    ComponentType component = (ComponentType) f.type();
                    String[] parts = component.getPropertyNames();
                    Object[] b = before == null ? new Object[parts.length] : component.getPropertyValues(before);
                    Object[] a = after == null ? new Object[parts.length] : component.getPropertyValues(after);
                    for (int j = 0; j < parts.length; j++) {
                        if (!same(b[j], a[j])) {
                            boolean secret = f.secret() || AuditedEntities.secret(parts[j]);
                            out.add(new Change(f.name() + "." + parts[j], shown(b[j], secret), shown(a[j], secret)));
                        }
                    }
                }
                case ELEMENTS -> {
                    List<String> b = elements(before, true);
                    List<String> a = deleting ? List.of() : elements(after, false);
                    if (b != null && a != null && !b.equals(a)) {
                        out.add(new Change(f.name(), b.isEmpty() && before == null ? null : b, a.isEmpty() && deleting ? null : a));
                    }
                }
                default -> throw new IllegalStateException(f.kind().name());
            }
        }
    }

    /** Equal values, amounts compared by value. */
    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    /** A value as the trail keeps it: amounts plain and without trailing zeros, enumerations by name. */
    static Object shown(Object v, boolean secret) {
        if (v == null) {
            return null;
        }
        if (secret) {
            return HIDDEN;
        }
        if (v instanceof BigDecimal d) {
            return new Literal(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        }
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short) {
            return new Literal(v.toString());
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }

    /**
     * The elements of a collection of values (a user's roles), sorted, as
     * text; null when they cannot be known without loading them (then they
     * did not change). The old side comes from the snapshot Hibernate took
     * when it loaded the collection.
     */
    static List<String> elements(Object value, boolean old) {
        Collection<?> items;
        if (value == null) {
            return List.of();
        }
        if (value instanceof PersistentCollection<?> pc) {
            if (!pc.wasInitialized()) {
                return null;
            }
            Object snapshot = old ? pc.getStoredSnapshot() : null;
            if (snapshot instanceof Map<?, ?> map) {
                items = value instanceof Map<?, ?> ? map.entrySet() : map.keySet();
            } else if (snapshot instanceof Collection<?> c) {
                items = c;
            } else if (value instanceof Map<?, ?> map) {
                items = map.entrySet();
            } else {
                items = (Collection<?>) value;
            }
        } else if (value instanceof Map<?, ?> map) {
            items = map.entrySet();
        } else if (value instanceof Collection<?> c) {
            items = c;
        } else {
            return List.of(String.valueOf(value));
        }
        List<String> shown = new ArrayList<>(items.size());
        for (Object item : items) {
            shown.add(item instanceof Enum<?> e ? e.name() : String.valueOf(item));
        }
        Collections.sort(shown);
        return shown;
    }
}

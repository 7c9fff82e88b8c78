package it.ordo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.Type;

/**
 * Inserts new records at once with plain JDBC batches, through Hibernate's own
 * mapping of them: the columns and their types, the id generator (the pooled
 * {@code ordo_id_seq}) and the post-insert event, so the audit trail and the
 * order e-mails see these rows exactly as they see Hibernate's own inserts.
 *
 * <p>Why: a confirmation writes some 20 rows that nothing changes again in
 * its transaction (the order, its lines and history, the ledger rows).
 * Persisting them made Hibernate cascade, queue, dirty-check and bind each one
 * at commit, a sixth of a confirmation's CPU (docs/benchmarks.md). Written
 * here they cost what the same JDBC batch costs. The records are <b>not
 * managed</b> afterwards: a change made to them later in the transaction
 * would not be written, so callers hand over records that are complete.
 */
final class JdbcInserts {

    /**
     * One entity type's insert: its SQL, and which properties fill which parameters. Plain values only: a
     * shape must not reach its persister (the map's weak key) or the factory would never be collected.
     */
    private record Shape(String sql, int[] properties, int[] spans, int backref, int ownerIdProperty) {
    }

    private static final Map<EntityPersister, Shape> SHAPES = Collections.synchronizedMap(new WeakHashMap<>());

    private final SessionImplementor session;

    JdbcInserts(SessionImplementor session) {
        this.session = session;
    }

    /**
     * Inserts the records, all of one entity type, as one batch. {@code owner}
     * is the record whose collection holds them, when the mapping keeps the
     * link on the owner's side (an order's lines and history): its id fills
     * the join column, and the children's read-only copy of it.
     */
    <T> void insert(Class<T> type, List<? extends T> records, Object owner) {
        if (records.isEmpty()) {
            return;
        }
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
        Shape shape = SHAPES.computeIfAbsent(persister, JdbcInserts::shapeOf);
        // Rows these refer to may still wait in Hibernate's queue (a customer or product created earlier in the
        // same transaction): those go first, as Hibernate would have written them before its own inserts.
        if (session.getActionQueue().areInsertionsOrDeletionsQueued()) {
            session.flush();
        }
        Object ownerId = owner == null ? null
                : session.getFactory().getMappingMetamodel().getEntityDescriptor(owner.getClass())
                        .getIdentifier(owner, session);
        List<Object[]> states = new ArrayList<>(records.size());
        List<Object> ids = new ArrayList<>(records.size());
        var generator = (BeforeExecutionGenerator) persister.getGenerator();
        for (T record : records) {
            Object id = generator.generate(session, record, null, EventType.INSERT);
            persister.setIdentifier(record, id, session);
            if (shape.ownerIdProperty() >= 0) {
                persister.setValue(record, shape.ownerIdProperty(), ownerId);
            }
            ids.add(id);
            states.add(persister.getValues(record));
        }
        Type[] types = persister.getPropertyTypes();
        session.doWork(c -> write(c, shape, types, states, ids, ownerId));
        var listeners = session.getFactory().getEventListenerGroups().eventListenerGroup_POST_INSERT;
        for (int i = 0; i < records.size(); i++) {
            listeners.fireEventOnEachListener(new PostInsertEvent(records.get(i), ids.get(i), states.get(i), persister,
                    session), PostInsertEventListener::onPostInsert);
        }
    }

    private void write(Connection c, Shape shape, Type[] types, List<Object[]> states, List<Object> ids,
                       Object ownerId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(shape.sql())) {
            for (int r = 0; r < states.size(); r++) {
                Object[] state = states.get(r);
                ps.setLong(1, ((Number) ids.get(r)).longValue());
                int column = 2;
                for (int i = 0; i < shape.properties().length; i++) {
                    int p = shape.properties()[i];
                    Object value = p == shape.backref() ? ownerId : state[p];
                    types[p].nullSafeSet(ps, value, column, session);
                    column += shape.spans()[i];
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The insert as Hibernate's mapping describes it: the id column, then every insertable column of every
     * property that is not a collection; a child's hidden link to its owner ({@code _…Backref}) is the join
     * column, filled with the owner's id.
     */
    private static Shape shapeOf(EntityPersister persister) {
        AbstractEntityPersister mapped = (AbstractEntityPersister) persister;
        var factory = persister.getFactory();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        boolean[] insertable = persister.getPropertyInsertability();
        List<String> columns = new ArrayList<>();
        columns.add(mapped.getIdentifierColumnNames()[0]);
        List<Integer> properties = new ArrayList<>();
        int backref = -1;
        for (int i = 0; i < names.length; i++) {
            if (!insertable[i] || types[i] instanceof CollectionType) {
                continue;
            }
            String[] cols = mapped.getPropertyColumnNames(i);
            if (cols.length == 0) {
                continue;
            }
            if (names[i].startsWith("_") && names[i].endsWith("Backref")) {
                backref = i;
            }
            columns.addAll(List.of(cols));
            properties.add(i);
        }
        // The child's read-only copy of the join column (OrderLine.orderId), set once the owner's id is known.
        int ownerId = -1;
        for (int i = 0; i < names.length && backref >= 0; i++) {
            if (!insertable[i] && List.of(mapped.getPropertyColumnNames(i))
                    .equals(List.of(mapped.getPropertyColumnNames(backref)))) {
                ownerId = i;
            }
        }
        int[] props = properties.stream().mapToInt(Integer::intValue).toArray();
        int[] spans = new int[props.length];
        for (int i = 0; i < props.length; i++) {
            spans[i] = types[props[i]].getColumnSpan(factory.getRuntimeMetamodels());
        }
        String sql = "INSERT INTO " + mapped.getTableName() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return new Shape(sql, props, spans, backref, ownerId);
    }
}

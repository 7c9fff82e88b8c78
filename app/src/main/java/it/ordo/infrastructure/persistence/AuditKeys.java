package it.ordo.infrastructure.persistence;

import it.ordo.domain.catalog.Product;
import it.ordo.domain.customer.Customer;
import it.ordo.domain.inventory.Warehouse;
import it.ordo.domain.order.SalesOrder;
import it.ordo.domain.pricing.PriceList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Works out the keys of audit entries at writing time: from the records the
 * use case already has in its session (no query at all in the common case),
 * else with one small query on the transaction's connection.
 */
final class AuditKeys {

    private final SharedSessionContractImplementor session;
    private final Connection connection;
    private final Map<String, String> known = new HashMap<>();
    private final Map<String, Map<Object, Object>> ownersByType = new HashMap<>();

    /** The records of the entries being written, by type and id: a record written by plain JDBC is in no session. */
    private final Map<String, AuditScope.Pending> written = new HashMap<>();

    AuditKeys(SharedSessionContractImplementor session, Connection connection, List<AuditScope.Pending> entries) {
        this.session = session;
        this.connection = connection;
        for (AuditScope.Pending e : entries) {
            written.put(e.type().name() + "#" + e.id(), e);
        }
    }

    /** A property of the record itself (an order's number, a product's SKU). */
    String own(AuditScope.Pending entry, String property) {
        Object value = entry.type().value(entry.state(), property);
        return value == null ? null : value.toString();
    }

    /** A property of a record this one refers to by id (the SKU of a stock row's product). */
    String ref(AuditScope.Pending entry, String idProperty, String entity, String property) {
        Object id = entry.type().value(entry.state(), idProperty);
        return id == null ? "?" : String.valueOf(lookup(entity, id, property));
    }

    /**
     * A property of the record that owns this one through a collection (the
     * number of a line's order). A line stored in this transaction does not
     * know its order's id yet: its order is found among the session's orders.
     */
    String owner(AuditScope.Pending entry, String ownerIdProperty, String ownerEntity, String collection,
                 String property) {
        Object ownerId = entry.type().value(entry.state(), ownerIdProperty);
        if (ownerId != null) {
            return String.valueOf(lookup(ownerEntity, ownerId, property));
        }
        Object owner = owners(ownerEntity, collection).get(entry.entity());
        if (owner == null) {
            return null;
        }
        Object value = persister(ownerEntity).getPropertyValue(owner, property);
        return value == null ? null : value.toString();
    }

    private Map<Object, Object> owners(String ownerEntity, String collection) {
        return ownersByType.computeIfAbsent(ownerEntity + "." + collection, k -> {
            Map<Object, Object> byChild = new IdentityHashMap<>();
            EntityPersister persister = persister(ownerEntity);
            for (Map.Entry<Object, EntityEntry> e : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
                if (e.getValue().getPersister() == persister
                        && persister.getPropertyValue(e.getKey(), collection) instanceof Iterable<?> children
                        && (!(children instanceof PersistentCollection<?> pc) || pc.wasInitialized())) {
                    for (Object child : children) {
                        byChild.put(child, e.getKey());
                    }
                }
            }
            return byChild;
        });
    }

    private Object lookup(String entity, Object id, String property) {
        String cacheKey = entity + "#" + id + "." + property;
        String cached = known.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        EntityPersister persister = persister(entity);
        Object loaded = session.getPersistenceContextInternal().getEntity(session.generateEntityKey(id, persister));
        AuditScope.Pending entry = written.get(entity + "#" + id);
        Object value;
        if (loaded == null && entry != null && entry.state() != null) {
            value = entry.type().value(entry.state(), property);
        } else if (loaded != null) {
            value = persister.getPropertyValue(loaded, property);
        } else {
            value = query(persister, id, property);
        }
        String shown = value == null ? "?" : value.toString();
        known.put(cacheKey, shown);
        return shown;
    }

    private Object query(EntityPersister persister, Object id, String property) {
        // A product or warehouse the order pipeline read from memory is in no session, but the transaction has it.
        Object copy = SharedCopies.of(session, session.generateEntityKey(id, persister));
        if (copy != null) {
            return persister.getPropertyValue(copy, property);
        }
        AbstractEntityPersister mapped = (AbstractEntityPersister) persister;
        String sql = "SELECT " + mapped.getPropertyColumnNames(property)[0] + " FROM " + mapped.getTableName()
                + " WHERE " + mapped.getIdentifierColumnNames()[0] + " = ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, ((Number) id).longValue());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("audit key of " + persister.getEntityName() + " " + id, e);
        }
    }

    private EntityPersister persister(String simpleName) {
        return session.getFactory().getMappingMetamodel().getEntityDescriptor(entityClass(simpleName));
    }

    private static Class<?> entityClass(String simpleName) {
        return switch (simpleName) {
            case "SalesOrder" -> SalesOrder.class;
            case "Customer" -> Customer.class;
            case "Product" -> Product.class;
            case "Warehouse" -> Warehouse.class;
            case "PriceList" -> PriceList.class;
            case "Ticket" -> it.ordo.domain.support.Ticket.class;
            case "CustomerReturn" -> it.ordo.domain.returns.CustomerReturn.class;
            default -> throw new IllegalArgumentException(simpleName);
        };
    }
}

package it.ordo.domain.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change of one record. Values are kept as text, as stored:
 * amounts and quantities as plain decimals ({@code 2.5}), dates and instants
 * in ISO-8601, enumerations by name, a list of values (a user's roles) joined
 * with ", ".
 *
 * @param entity    the kind of record ({@code SalesOrder}, {@code OrderLine}, {@code Stock}, ...)
 * @param entityKey the key people know the record by: the order number (also for its lines), the SKU, ...
 * @param changes   on an update only the fields that changed; on an insert every field set; on a delete every
 *                  field the record held
 */
public record AuditEntry(long id, String entity, long entityId, String entityKey, Action action, String username,
                         String workstation, Instant at, List<FieldChange> changes) {

    public enum Action { INSERT, UPDATE, DELETE }

    /** A field's value before and after; {@code null} for none. */
    public record FieldChange(String field, String from, String to) {
    }

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** The change of one field, if this entry has one. */
    public java.util.Optional<FieldChange> change(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst();
    }
}

package it.ordo.domain;

import java.time.ZonedDateTime;

/**
 * Someone else changed the record since it was read; nothing was overwritten.
 * Raised by the domain when a change is based on an older copy (an expected
 * version), and by the persistence layer when the database refuses to
 * overwrite a newer version; the persistence layer then names who changed
 * the record last and when, from the audit trail.
 */
public class StaleDataException extends DomainException {

    private final String entity;
    private final Long entityId;
    private final String recordKey;
    private final String changedBy;

    /** Who changed the record is not known yet: "Order ORD-… was changed by someone else". */
    public StaleDataException(String entity, Long entityId, String recordKey) {
        super("error.stale.unknown", label(entity), recordKey == null ? "" : recordKey);
        this.entity = entity;
        this.entityId = entityId;
        this.recordKey = recordKey;
        this.changedBy = null;
    }

    /** "Order ORD-… was changed by anna at 10:42". */
    public StaleDataException(String entity, Long entityId, String recordKey, String changedBy, ZonedDateTime changedAt) {
        super("error.stale", label(entity), recordKey == null ? "" : recordKey, changedBy, changedAt);
        this.entity = entity;
        this.entityId = entityId;
        this.recordKey = recordKey;
        this.changedBy = changedBy;
    }

    /** The bundle key naming the kind of record ("entity.SalesOrder" is "Order"/"Ordine"). */
    private static String label(String entity) {
        return "entity." + (entity == null || entity.isBlank() ? "record" : entity);
    }

    /** The kind of record, as in the audit trail: {@code SalesOrder}, {@code Customer}, ... */
    public String entity() {
        return entity;
    }

    public Long entityId() {
        return entityId;
    }

    /** The key people know the record by (an order number), or null. */
    public String recordKey() {
        return recordKey;
    }

    /** Who changed it last, when known. */
    public String changedBy() {
        return changedBy;
    }
}

package it.ordo.domain.audit;

import java.util.List;
import java.util.Optional;

/** Where the recorded changes are read back. */
public interface AuditTrail {

    /** Every entry of an order and of its lines, oldest first. */
    List<AuditEntry> ofOrder(String orderNumber);

    /** The last change recorded for one record: who saved it last, and when. */
    Optional<AuditEntry> latest(String entity, long entityId);
}

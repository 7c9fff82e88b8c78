package it.ordo.application.audit;

import it.ordo.domain.Message;
import java.time.Instant;
import java.util.List;

/**
 * An order's whole story, oldest first: its status steps and every recorded
 * change of the order and its lines, each with who made it, when and from
 * which workstation.
 */
public record OrderHistory(String number, List<Entry> entries) {

    /**
     * One step.
     *
     * @param subject     {@code ORDER} or {@code LINE}
     * @param lineNo      the line's number, for a line
     * @param action      {@code STATUS} (a status step, with its reason), {@code CREATED}, {@code CHANGED} or
     *                    {@code REMOVED}
     * @param workstation the machine the change came from; null for status steps older than the audit trail
     * @param changes     what changed, old and new (for a status step: the status)
     */
    public record Entry(Instant at, String user, String workstation, String subject, Integer lineNo, String action,
                        List<Change> changes, Message reason) {

        public Entry {
            changes = List.copyOf(changes);
        }
    }

    /** A field's value before and after; null for none. */
    public record Change(String field, Message from, Message to) {
    }

    public OrderHistory {
        entries = List.copyOf(entries);
    }
}

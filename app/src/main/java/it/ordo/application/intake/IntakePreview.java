package it.ordo.application.intake;

import it.ordo.domain.Message;
import java.util.List;

/**
 * The file as it would be imported, before anything is written.
 *
 * @param problems what makes the whole file unreadable with this mapping (no quantity column, a mapped column
 *                 missing from the file); the rows are empty then
 */
public record IntakePreview(List<Message> problems, List<PreviewRow> rows, List<Order> orders) {

    /** The orders the rows make, in the file's order. */
    public record Order(String orderKey, String customer, String externalRef, List<Integer> rows, RowStatus status) {
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}

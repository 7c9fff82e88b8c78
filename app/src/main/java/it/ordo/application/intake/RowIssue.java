package it.ordo.application.intake;

import it.ordo.domain.Message;

/**
 * One thing wrong or worth a look in a row.
 *
 * @param field   the field (hence the mapped column) it is about; null when it is about the row as a whole
 * @param message what to tell the operator
 */
public record RowIssue(RowProblem problem, IntakeField field, Message message) {
}

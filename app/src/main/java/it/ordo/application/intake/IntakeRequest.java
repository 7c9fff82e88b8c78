package it.ordo.application.intake;

import java.util.List;

/**
 * A file to preview or confirm: its rows, how its columns map, the customer the whole file is for (null when a
 * column names the customer of each row), and the operator's fixes.
 */
public record IntakeRequest(IntakeTable table, IntakeMapping mapping, String customer, List<RowFix> fixes) {

    public IntakeRequest {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }
}

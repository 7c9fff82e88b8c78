package it.ordo.application.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of a management report as both outputs show it: its sheet's name, a title, typed
 * columns (the first one names the row), the rows, an optional total row and
 * the sentence shown instead of rows when there are none. The printed report
 * and its Excel sheet are laid out from the same tables, so they show the
 * same rows and figures. Values follow {@link SpreadsheetWriter#row}:
 * percentages as their number (12.5 for 12.5 %).
 */
public record ReportTable(String sheet, String title, List<SheetColumn> columns, List<List<Object>> rows, List<Object> total,
                          String empty) {

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> r : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
        total = total == null ? null : Collections.unmodifiableList(new ArrayList<>(total));
    }
}

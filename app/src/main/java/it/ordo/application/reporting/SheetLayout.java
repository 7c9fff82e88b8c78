package it.ordo.application.reporting;

import java.util.List;
import java.util.Objects;

/**
 * A table to write: the sheet's name and its columns. {@code filters} are
 * the criteria that chose the rows, as label and value in the user's
 * language; they go on a sheet of their own, so whoever opens the file
 * months later knows what it holds.
 */
public record SheetLayout(String name, List<SheetColumn> columns, List<Filter> filters) {

    public SheetLayout {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        filters = filters == null ? List.of() : List.copyOf(filters);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a sheet needs a column");
        }
    }

    public SheetLayout(String name, List<SheetColumn> columns) {
        this(name, columns, List.of());
    }

    /** One criterion: what was filtered and with which value ("Status", "Confirmed"). */
    public record Filter(String label, String value) {
    }
}

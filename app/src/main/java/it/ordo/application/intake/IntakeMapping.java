package it.ordo.application.intake;

import java.util.List;
import java.util.Optional;

/**
 * Which column of a file feeds which field. Headers are matched trimmed and in any case, so a mapping saved
 * for "Cod. art." reads "COD. ART. " too.
 *
 * @param name null for a mapping not saved (a suggestion, or one made for this file only)
 */
public record IntakeMapping(String name, List<Column> columns) {

    public record Column(String header, IntakeField field) {
    }

    public IntakeMapping {
        columns = List.copyOf(columns);
    }

    /** The header of the (first) column mapped to the field. */
    public Optional<String> headerOf(IntakeField field) {
        return columns.stream().filter(c -> c.field() == field).map(Column::header).findFirst();
    }

    /** The field a header feeds, if any. */
    public Optional<IntakeField> fieldOf(String header) {
        String key = key(header);
        return columns.stream().filter(c -> key(c.header()).equals(key)).map(Column::field).findFirst();
    }

    static String key(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }
}

package it.ordo.application.imports;

import java.util.Map;

/** One row of an import file: its line number (for error messages) and its fields by column name. */
public record ImportRow(int line, Map<String, String> fields) {
}

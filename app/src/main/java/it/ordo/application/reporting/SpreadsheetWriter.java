package it.ordo.application.reporting;

import java.io.IOException;
import java.util.List;

/**
 * Writes tables to one spreadsheet file as the rows come, so an export of a
 * million rows never holds them all. Works on the workstation (the desktop or
 * the command line), never behind a service: services hand over rows, this
 * turns them into a file. Text is written so that it can never run as a
 * formula ({@link FormulaGuard}). Not thread-safe: one writer per export.
 */
public interface SpreadsheetWriter extends AutoCloseable {

    /**
     * Starts a sheet: bold, frozen heading row with a filter on every column,
     * the columns' widths; the layout's filters go on a sheet beside it. A CSV
     * file holds one table: a second sheet is refused.
     */
    void startSheet(SheetLayout layout) throws IOException;

    /**
     * One row of the current sheet, a value per column in the column's type:
     * BigDecimal or another Number for the numeric types, LocalDate, Instant,
     * Boolean, anything else as its text; null leaves the cell empty.
     */
    void row(List<?> values) throws IOException;

    /** Writes what is left and closes the output. */
    @Override
    void close() throws IOException;
}

package it.ordo.application.intake;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads customers' order files on this workstation (.xlsx, .xls, .csv), beside the services, as
 * {@link it.ordo.application.reporting.Spreadsheets} writes them: the rows then go to {@link OrderIntakeService}.
 * A file that cannot be read is refused with an {@link IntakeFileException} naming the sheet, row and column.
 */
public interface IntakeFiles {

    /** The sheets of a workbook, in order; one unnamed sheet for a CSV. */
    List<String> sheets(Path file);

    /**
     * The sheet (the first when null) with its header row found below any title rows.
     *
     * @param progress told the rows read so far every few thousand rows; returning false stops the reading
     *                 ({@link IntakeFileException} "intake.file.cancelled")
     */
    IntakeTable read(Path file, String sheet, Progress progress);

    /** Rows read so far; false to stop. */
    @FunctionalInterface
    interface Progress {
        boolean rowsRead(int rows);

        Progress NONE = rows -> true;
    }
}

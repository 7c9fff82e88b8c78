package it.ordo.application.intake;

import java.util.List;

/**
 * A sheet of a customer's file as read on the workstation: its header row and data rows, every cell as text
 * (numbers in plain digits with a dot when the workbook typed them, dates as 2027-01-31; a CSV's text as
 * written). Title rows above the header and blank rows are left out.
 *
 * @param fingerprint the SHA-256 of the file's bytes, hex: the same file imported again is recognised by it
 * @param format      XLSX, XLS or CSV
 * @param encoding    for a CSV, the character set it was read in (UTF-8 or windows-1252); null for a workbook
 * @param delimiter   for a CSV, the delimiter found; null for a workbook
 * @param headerRow   the header's row number as the file shows it (1 = the first)
 */
public record IntakeTable(String fileName, String fingerprint, String format, String sheet, String encoding,
                          String delimiter, int headerRow, List<String> header, List<Row> rows) {

    /** A data row: its number as the file shows it, and one text per header column ("" when empty). */
    public record Row(int number, List<String> cells) {
    }

    /** The same file with only some of its rows (an order's, for confirming it alone). */
    public IntakeTable withRows(List<Row> some) {
        return new IntakeTable(fileName, fingerprint, format, sheet, encoding, delimiter, headerRow, header, some);
    }
}

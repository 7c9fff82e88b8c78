package it.ordo.infrastructure.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks (.xlsx) read as tables: a header row of column names, then one row per record. Numbers are
 * read as numbers, dates as dates, text as text, so what the export writer (application/reporting's
 * {@code SpreadsheetWriter}, the one .xlsx writer) writes reads back the same: the price-list and conditions
 * files round-trip.
 */
public final class XlsxTables {

    /** One data row: its number as Excel shows it (the header is row 1), and its cells as text, "" when empty. */
    public record Line(int row, List<String> cells) {
    }

    /** The first sheet: its header and its data rows (blank rows left out). */
    public record Table(List<String> header, List<Line> lines) {
    }


    private XlsxTables() {
    }

    /** Whether the bytes are a zip archive, as an .xlsx is. */
    public static boolean isWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static Table read(byte[] xlsx) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = new ArrayList<>();
            List<Line> lines = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        header.add(text(row.getCell(c)));
                    }
                    width = header.size();
                    continue;
                }
                List<String> cells = new ArrayList<>(width);
                boolean blank = true;
                for (int c = 0; c < width; c++) {
                    String value = text(row.getCell(c));
                    blank &= value.isBlank();
                    cells.add(value);
                }
                if (!blank) {
                    lines.add(new Line(row.getRowNum() + 1, cells));
                }
            }
            return new Table(header, lines);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable .xlsx workbook: " + e.getMessage(), e);
        }
    }

    /**
     * A cell as the import reads it: a number in plain digits with a dot (whatever the sheet's display format,
     * so "9,50" shown in an Italian Excel is 9.5), a date as 2027-01-31, a formula by its last computed value.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    static String plain(double value) {
        // Double.toString gives the shortest decimal that is this double: 9.5, not 9.4999999...
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}

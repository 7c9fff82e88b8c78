package it.ordo.infrastructure.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks (.xlsx) as tables: a header row of column names, then one row per record. What an export
 * writes, an import reads back the same: numbers as numbers, dates as dates, text as text. Used by the
 * price-list and conditions files, which round-trip; the list exports go through application/reporting's
 * Spreadsheets (streaming, formats, formula guard).
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

    /**
     * A workbook of one sheet. Cells are written by type: BigDecimal as a number, LocalDate as a date, Boolean,
     * anything else as text, null as an empty cell. Rows are streamed, so a list of 50,000 items stays small in memory.
     */
    public static byte[] write(String sheetName, List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (v) {
                        case BigDecimal d -> cell.setCellValue(d.doubleValue());
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        }
                        case Boolean b -> cell.setCellValue(b);
                        default -> cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.FormulaGuard;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx file written as the rows come (SXSSF keeps a window of 100 rows
 * in memory, the rest goes to a temporary file). Numbers are numeric cells
 * with the euro, percentage or quantity format, dates are date cells; text
 * that could run as a formula is a text cell with the "quote prefix" style,
 * the same mark Excel sets when a user types an apostrophe before it.
 */
final class XlsxSheetWriter implements SpreadsheetWriter {

    /** Excel's limit on rows per sheet; a longer table continues on a sheet named "… (2)". */
    static final int MAX_ROWS = 1_048_576;

    private final OutputStream out;
    private final ZoneId zone;
    private final SXSSFWorkbook book = new SXSSFWorkbook(100);
    private final Map<CellType, CellStyle> styles = new EnumMap<>(CellType.class);
    private final CellStyle guarded;
    private final CellStyle header;
    private final Set<String> names = new HashSet<>();
    private SheetLayout layout;
    /** The current sheet's column types and their cell styles, resolved once per sheet, not per cell. */
    private CellType[] types;
    private CellStyle[] columnStyles;
    private SXSSFSheet sheet;
    private int rowIndex;
    private int part;

    XlsxSheetWriter(OutputStream out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
        book.setCompressTempFiles(true);
        DataFormat format = book.createDataFormat();
        for (CellType type : CellType.values()) {
            CellStyle style = book.createCellStyle();
            String pattern = switch (type) {
                case TEXT, BOOLEAN -> null;
                case INTEGER -> "#,##0";
                case QUANTITY -> "#,##0.###";
                case MONEY -> "#,##0.00 [$€-410];-#,##0.00 [$€-410]";
                case PERCENT -> "0.00%";
                case DATE -> "yyyy-mm-dd";
                case TIMESTAMP -> "yyyy-mm-dd hh:mm";
            };
            if (pattern != null) {
                style.setDataFormat(format.getFormat(pattern));
            }
            styles.put(type, style);
        }
        guarded = book.createCellStyle();
        guarded.setQuotePrefixed(true);
        header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setBorderBottom(BorderStyle.THIN);
    }

    @Override
    public void startSheet(SheetLayout next) {
        this.layout = next;
        this.part = 1;
        List<SheetColumn> columns = next.columns();
        types = new CellType[columns.size()];
        columnStyles = new CellStyle[columns.size()];
        for (int c = 0; c < types.length; c++) {
            types[c] = columns.get(c).type();
            columnStyles[c] = styles.get(types[c]);
        }
        newSheet(next.name());
        if (!next.filters().isEmpty()) {
            SXSSFSheet filters = book.createSheet(uniqueName(next.name() + " - filtri"));
            filters.setColumnWidth(0, 30 * 256);
            filters.setColumnWidth(1, 50 * 256);
            int r = 0;
            for (SheetLayout.Filter f : next.filters()) {
                Row row = filters.createRow(r++);
                text(row.createCell(0), f.label());
                text(row.createCell(1), f.value());
            }
        }
    }

    private void newSheet(String name) {
        sheet = book.createSheet(uniqueName(name));
        sheet.createFreezePane(0, 1);
        Row row = sheet.createRow(0);
        List<SheetColumn> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        rowIndex = 1;
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\) and not yet used in this book. */
    private String uniqueName(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int n = 2; names.contains(name.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        names.add(name.toLowerCase());
        return name;
    }

    @Override
    public void row(List<?> values) {
        if (sheet == null) {
            throw new IllegalStateException("startSheet first");
        }
        if (rowIndex >= MAX_ROWS) {
            newSheet(layout.name() + " (" + ++part + ")");
        }
        Row row = sheet.createRow(rowIndex++);
        int n = Math.min(types.length, values.size());
        for (int c = 0; c < n; c++) {
            Object value = values.get(c);
            if (value != null) {
                write(row.createCell(c), types[c], columnStyles[c], value);
            }
        }
    }

    private void write(Cell cell, CellType type, CellStyle style, Object value) {
        switch (type) {
            case INTEGER, QUANTITY, MONEY, PERCENT -> {
                if (value instanceof Number n) {
                    cell.setCellValue(type == CellType.PERCENT ? percent(n) : n.doubleValue());
                    cell.setCellStyle(style);
                } else {
                    text(cell, String.valueOf(value));
                }
            }
            case DATE -> {
                if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(style);
                } else {
                    text(cell, String.valueOf(value));
                }
            }
            case TIMESTAMP -> {
                if (value instanceof Instant i) {
                    cell.setCellValue(LocalDateTime.ofInstant(i, zone));
                    cell.setCellStyle(style);
                } else {
                    text(cell, String.valueOf(value));
                }
            }
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    text(cell, String.valueOf(value));
                }
            }
            case TEXT -> text(cell, value instanceof String t ? t : String.valueOf(value));
        }
    }

    /**
     * 22 (per cent) is written as 0.22, which Excel's % format shows as 22.00 %: the decimal point moved, not a
     * division (a BigDecimal division per cell cost more than writing the cell).
     */
    private static double percent(Number n) {
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return d.movePointLeft(2).doubleValue();
    }

    private void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (FormulaGuard.risky(text)) {
            cell.setCellStyle(guarded);
        }
    }

    @Override
    public void close() throws IOException {
        try (out) {
            if (book.getNumberOfSheets() == 0) {
                // An empty workbook makes Excel complain that the file is damaged.
                book.createSheet("-");
            }
            book.write(out);
        } finally {
            book.close();
        }
    }
}

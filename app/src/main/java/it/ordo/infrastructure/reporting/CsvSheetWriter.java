package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.FormulaGuard;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table as CSV for accounting software: a heading row, numbers with a
 * point and no grouping (machines read them), ISO dates, UTF-8 with a
 * byte-order mark so Excel shows accented letters. Risky text gets the
 * OWASP apostrophe ({@link FormulaGuard#forCsv}).
 */
final class CsvSheetWriter implements SpreadsheetWriter {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OutputStream out;
    private final ZoneId zone;
    private CSVPrinter printer;
    private SheetLayout layout;

    CsvSheetWriter(OutputStream out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    @Override
    public void startSheet(SheetLayout next) throws IOException {
        if (printer != null) {
            throw new IllegalStateException("a CSV file holds one table");
        }
        layout = next;
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        List<String> headers = new ArrayList<>();
        for (SheetColumn c : next.columns()) {
            headers.add(FormulaGuard.forCsv(c.header()));
        }
        printer.printRecord(headers);
    }

    @Override
    public void row(List<?> values) throws IOException {
        if (printer == null) {
            throw new IllegalStateException("startSheet first");
        }
        List<String> cells = new ArrayList<>();
        List<SheetColumn> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            Object v = c < values.size() ? values.get(c) : null;
            cells.add(text(columns.get(c).type(), v));
        }
        printer.printRecord(cells);
    }

    private String text(CellType type, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d && type != CellType.TEXT) {
            return d.toPlainString();
        }
        if (v instanceof Instant i) {
            return LocalDateTime.ofInstant(i, zone).format(MOMENT);
        }
        return FormulaGuard.forCsv(String.valueOf(v));
    }

    @Override
    public void close() throws IOException {
        if (printer != null) {
            printer.close(true);
        } else {
            out.close();
        }
    }
}

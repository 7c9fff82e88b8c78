package it.ordo.application.reporting;

import it.ordo.OrdoContext;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import it.ordo.testing.BenchFigures;
import it.ordo.testing.SharedDemo;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the accounting export of a year of the demo company under 5 s (docs/benchmarks.md). What
 * {@code ordo export sales} does once signed in: the service's figures of the year, then the .xlsx and the .csv
 * beside it; against bare SXSSF writing the same rows of the .xlsx's two long sheets, with the same formats and no
 * checks, in the same run. The demo company of the test run ({@code -Dordo.test.sharedDemo=...}, see
 * {@link SharedDemo}), as of the day it was made. Prints the figures and writes
 * app/target/accounting-export-benchmark.txt; asserts nothing.
 */
@Tag("bench")
class AccountingExportBenchmark {

    private static final Texts EN = new Texts(Locale.ENGLISH);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Test
    void aYearOfTheDemoCompanyAgainstBareSxssf() throws Exception {
        Path dir = Files.createTempDirectory("ordo-bench-export");
        SharedDemo.Generated demo = SharedDemo.get();
        SharedDemo.copyTo(dir.resolve("data"));
        List<String> figures = new ArrayList<>();
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(dir.resolve("data")), () -> "tester",
                Clock.fixed(demo.at(), ROME))) {
            LocalDate today = LocalDate.ofInstant(demo.at(), ROME);
            SalesPeriod year = new SalesPeriod(today.minusYears(1).plusDays(1), today);
            figures.add("load before: " + BenchFigures.loadAverage());
            for (int round = 1; round <= 3; round++) {
                long t = System.nanoTime();
                long c = BenchFigures.cpu();
                SalesExport export = ctx.salesExport().sales(year);
                long read = System.nanoTime() - t;
                for (SpreadsheetFormat format : List.of(SpreadsheetFormat.XLSX, SpreadsheetFormat.CSV)) {
                    Path file = dir.resolve("sales." + format.name().toLowerCase(Locale.ROOT));
                    ExportFile.write(file, out -> {
                        try (SpreadsheetWriter writer = ctx.spreadsheets().writer(format, out, ROME)) {
                            SalesExportWorkbook.write(export, writer, format, EN::get);
                        }
                    });
                }
                long ordo = System.nanoTime() - t;
                long ordoCpu = BenchFigures.cpu() - c;
                long bare = bare(export, dir.resolve("bare.xlsx"));
                figures.add(String.format("round %d: %s to %s, %,d documents, %,d lines, taxable %s: export %.2f s"
                                + " (figures %.2f s, files %.2f s; CPU of this thread %.2f s, .xlsx %,d bytes);"
                                + " bare SXSSF of the same rows %.2f s; ratio %.2f; load %s", round, year.from(),
                        year.to(), export.documents().size(), export.lines().size(),
                        export.totals().net().toPlainString(), ordo / 1e9, read / 1e9, (ordo - read) / 1e9,
                        ordoCpu / 1e9, Files.size(dir.resolve("sales.xlsx")), bare / 1e9, (double) ordo / bare,
                        BenchFigures.loadAverage()));
            }
        }
        BenchFigures.record("accounting-export", figures);
    }

    /** The floor: the documents and lines written straight with SXSSF, same formats, no checks. */
    private static long bare(SalesExport export, Path file) throws Exception {
        long start = System.nanoTime();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            book.setCompressTempFiles(true);
            DataFormat f = book.createDataFormat();
            CellStyle[] styles = {style(book, f, "yyyy-mm-dd"), style(book, f, "#,##0.00 [$€-410];-#,##0.00 [$€-410]"),
                style(book, f, "0.00%"), style(book, f, "#,##0.###")};
            SXSSFSheet documents = book.createSheet("Documents");
            int r = 0;
            for (SalesExport.Document d : export.documents()) {
                List<Object> row = new ArrayList<>(List.of(d.number(), d.date(), d.customerCode(), d.customerName(),
                        String.valueOf(d.vatNumber()), String.valueOf(d.fiscalCode()), String.valueOf(d.paymentTerms()),
                        d.channel().name(), d.kind().name(), String.valueOf(d.reference())));
                for (VatTotal v : d.vat()) {
                    row.add(v.taxable());
                    row.add(v.vat());
                }
                row.add(d.net());
                row.add(d.vatTotal());
                row.add(d.gross());
                cells(documents.createRow(r++), row, styles, false);
            }
            SXSSFSheet lines = book.createSheet("Lines");
            r = 0;
            for (SalesExport.Line l : export.lines()) {
                cells(lines.createRow(r++), List.of(l.orderNumber(), l.date(), l.lineNo(), l.customerCode(), l.sku(),
                        l.description(), l.quantity(), l.unitPrice(), l.discountPct(), l.vatRate(), l.net(), l.vat(),
                        l.gross()), styles, true);
            }
            book.write(out);
        }
        return System.nanoTime() - start;
    }

    private static void cells(Row row, List<Object> values, CellStyle[] styles, boolean line) {
        for (int c = 0; c < values.size(); c++) {
            int i = c;
            Object v = values.get(i);
            Cell cell = row.createCell(i);
            switch (v) {
                case String s -> cell.setCellValue(s);
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(styles[0]);
                }
                case Integer n -> cell.setCellValue(n);
                case BigDecimal n when line && (i == 8 || i == 9) -> {
                    cell.setCellValue(n.movePointLeft(2).doubleValue());
                    cell.setCellStyle(styles[2]);
                }
                case BigDecimal n when line && i == 6 -> {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles[3]);
                }
                case BigDecimal n -> {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(styles[1]);
                }
                default -> cell.setCellValue(String.valueOf(v));
            }
        }
    }

    private static CellStyle style(SXSSFWorkbook book, DataFormat f, String pattern) {
        CellStyle s = book.createCellStyle();
        s.setDataFormat(f.getFormat(pattern));
        return s;
    }
}

package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.CellType;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ordo's spreadsheet writer against bare SXSSF writing the same order-line
 * rows with the same formats, in one run (docs/benchmarks.md). Rows:
 * -Dordo.bench.rows (default 1,000,000). Issue 12 asks for the million rows in under 256 MB of heap: run it with
 * {@code -DargLine=-Xmx256m} (the last -Xmx on the test JVM's line wins); it refuses to run with a larger heap, so
 * its figures always come from the bounded one, and reports the heap's peak use beside them. Prints the figures;
 * asserts only the heap bound.
 */
@Tag("bench")
class SpreadsheetExportBenchmark {

    private static final int ROWS = Integer.getInteger("ordo.bench.rows", 1_000_000);

    @Test
    void orderLinesThroughOrdoAgainstBareSxssf() throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        org.assertj.core.api.Assertions.assertThat(maxHeap).as("the test JVM's heap (run with -DargLine=-Xmx256m)")
                .isLessThanOrEqualTo(256L << 20);
        String loadBefore = it.ordo.testing.BenchFigures.loadAverage();
        Path dir = Files.createTempDirectory("ordo-bench-xlsx");
        // CPU time of this thread beside the wall time: on a shared machine the load changes between the runs.
        // Each writer runs twice, taking turns (bare, Ordo, bare, Ordo), and keeps its better time: the first
        // run also warms the JIT for POI's code, which the writer after it then finds compiled.
        long bare = Long.MAX_VALUE;
        long bareCpu = Long.MAX_VALUE;
        long ordo = Long.MAX_VALUE;
        long ordoCpu = Long.MAX_VALUE;
        for (int round = 1; round <= 2; round++) {
            long c = it.ordo.testing.BenchFigures.cpu();
            bare = Math.min(bare, bare(dir.resolve("bare.xlsx")));
            bareCpu = Math.min(bareCpu, it.ordo.testing.BenchFigures.cpu() - c);
            c = it.ordo.testing.BenchFigures.cpu();
            ordo = Math.min(ordo, ordo(dir.resolve("ordo.xlsx")));
            ordoCpu = Math.min(ordoCpu, it.ordo.testing.BenchFigures.cpu() - c);
        }
        long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String line = String.format("rows %,d (the better of two runs each); bare SXSSF %,d ms; Ordo writer %,d ms; ratio %.2f; CPU of the thread:"
                        + " bare %,d ms, Ordo %,d ms, ratio %.2f; max heap %d MB, peak heap used %d MB (sum of the"
                        + " pools' peaks); files %,d / %,d bytes; load %s -> %s",
                ROWS, bare, ordo, (double) ordo / bare, bareCpu / 1_000_000, ordoCpu / 1_000_000,
                (double) ordoCpu / bareCpu, maxHeap >> 20, peak >> 20,
                Files.size(dir.resolve("bare.xlsx")), Files.size(dir.resolve("ordo.xlsx")), loadBefore,
                it.ordo.testing.BenchFigures.loadAverage());
        it.ordo.testing.BenchFigures.record("spreadsheet", List.of(line));
    }

    private static List<Object> row(int i) {
        return Arrays.asList("ORD-2026-" + (100000 + i / 5), LocalDate.of(2026, 11, 1 + i % 28), i % 5 + 1,
                "C" + (i % 500), "SKU-" + (i % 2000), "Articolo numero " + (i % 2000), new BigDecimal("2.500"),
                new BigDecimal("12.3400"), BigDecimal.ZERO, new BigDecimal("22"), new BigDecimal("30.85"),
                new BigDecimal("6.79"), new BigDecimal("37.64"));
    }

    private static final CellType[] TYPES = {CellType.TEXT, CellType.DATE, CellType.INTEGER, CellType.TEXT,
        CellType.TEXT, CellType.TEXT, CellType.QUANTITY, CellType.MONEY, CellType.PERCENT, CellType.PERCENT,
        CellType.MONEY, CellType.MONEY, CellType.MONEY};

    private static long ordo(Path file) throws Exception {
        long start = System.nanoTime();
        List<SheetColumn> columns = Arrays.stream(TYPES).map(t -> SheetColumn.of(t.name(), t)).toList();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
             SpreadsheetWriter writer = new PoiSpreadsheets().writer(SpreadsheetFormat.XLSX, out, ZoneId.of("Europe/Rome"))) {
            writer.startSheet(new SheetLayout("Lines", columns));
            for (int i = 0; i < ROWS; i++) {
                writer.row(row(i));
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The floor: the same cells and formats, written straight with SXSSF, no checks. */
    private static long bare(Path file) throws Exception {
        long start = System.nanoTime();
        try (SXSSFWorkbook book = new SXSSFWorkbook(100);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            book.setCompressTempFiles(true);
            DataFormat f = book.createDataFormat();
            CellStyle date = style(book, f, "yyyy-mm-dd");
            CellStyle integer = style(book, f, "#,##0");
            CellStyle qty = style(book, f, "#,##0.###");
            CellStyle money = style(book, f, "#,##0.00 [$€-410];-#,##0.00 [$€-410]");
            CellStyle pct = style(book, f, "0.00%");
            SXSSFSheet sheet = book.createSheet("Lines");
            Row header = sheet.createRow(0);
            for (int c = 0; c < TYPES.length; c++) {
                header.createCell(c).setCellValue(TYPES[c].name());
            }
            for (int i = 0; i < ROWS; i++) {
                List<Object> v = row(i);
                Row r = sheet.createRow(i + 1);
                r.createCell(0).setCellValue((String) v.get(0));
                var d = r.createCell(1);
                d.setCellValue((LocalDate) v.get(1));
                d.setCellStyle(date);
                var n = r.createCell(2);
                n.setCellValue((Integer) v.get(2));
                n.setCellStyle(integer);
                for (int c = 3; c < 6; c++) {
                    r.createCell(c).setCellValue((String) v.get(c));
                }
                var q = r.createCell(6);
                q.setCellValue(((BigDecimal) v.get(6)).doubleValue());
                q.setCellStyle(qty);
                for (int c : new int[] {7, 10, 11, 12}) {
                    var m = r.createCell(c);
                    m.setCellValue(((BigDecimal) v.get(c)).doubleValue());
                    m.setCellStyle(money);
                }
                for (int c : new int[] {8, 9}) {
                    var p = r.createCell(c);
                    p.setCellValue(((BigDecimal) v.get(c)).movePointLeft(2).doubleValue());
                    p.setCellStyle(pct);
                }
            }
            book.write(out);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static CellStyle style(SXSSFWorkbook book, DataFormat f, String pattern) {
        CellStyle s = book.createCellStyle();
        s.setDataFormat(f.getFormat(pattern));
        return s;
    }
}

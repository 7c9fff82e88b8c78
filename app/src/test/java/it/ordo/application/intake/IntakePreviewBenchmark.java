package it.ordo.application.intake;

import it.ordo.application.imports.ImportRow;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import it.ordo.testing.TestCompany;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The preview of a customer's 10,000-row workbook (100 orders of 100 lines over 500 products) against just
 * reading the same workbook, in one run (docs/benchmarks.md). Rows: -Dordo.bench.rows. Prints; asserts nothing.
 */
@Tag("bench")
class IntakePreviewBenchmark {

    private static final int ROWS = Integer.getInteger("ordo.bench.rows", 10_000);
    private static final int PRODUCTS = 500;

    @Test
    void previewOfALargeWorkbookAgainstReadingIt() throws Exception {
        try (TestCompany company = TestCompany.standard()) {
            List<ImportRow> products = new ArrayList<>();
            for (int i = 0; i < PRODUCTS; i++) {
                products.add(TestCompany.row("sku", "B" + i, "ean", "", "description", "Articolo " + i, "category",
                        "Bench", "unit", "PCS", "vatRate", "22", "unitCost", "1", "listPrice", "2.50", "weightKg", "1"));
            }
            company.ctx.products().importRows(products);
            for (int i = 0; i < PRODUCTS; i += 2) {
                company.receive("B" + i, "MIL", "100000");
            }
            Path file = Files.createTempFile("ordo-bench-intake", ".xlsx");
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
                Sheet s = wb.createSheet("Ordini");
                s.createRow(0).createCell(0).setCellValue("Ordini settimanali");
                Row h = s.createRow(1);
                String[] header = {"N. ordine", "Cod. art.", "Descrizione", "Q.tà", "Prezzo", "Data consegna"};
                for (int c = 0; c < header.length; c++) {
                    h.createCell(c).setCellValue(header[c]);
                }
                for (int r = 0; r < ROWS; r++) {
                    Row row = s.createRow(2 + r);
                    row.createCell(0).setCellValue("PO-" + (r / 100));
                    row.createCell(1).setCellValue("B" + (r * 7 % PRODUCTS));
                    row.createCell(2).setCellValue("Articolo " + (r * 7 % PRODUCTS));
                    row.createCell(3).setCellValue(1 + r % 12);
                    row.createCell(4).setCellValue(2.5);
                    row.createCell(5).setCellValue("31/12/2026");
                }
                wb.write(out);
            }
            PoiIntakeFiles files = new PoiIntakeFiles();
            OrderIntakeService intake = company.ctx.intake();
            // One warm-up of each, then the better of two timed runs.
            IntakeTable table = files.read(file, null, null);
            IntakeMapping mapping = intake.suggestMapping(table.header(), "C-A");
            intake.preview(new IntakeRequest(table, mapping, "C-A", List.of()));
            long read = Long.MAX_VALUE;
            long preview = Long.MAX_VALUE;
            long both = Long.MAX_VALUE;
            int valid = 0;
            for (int run = 0; run < 2; run++) {
                long t0 = System.nanoTime();
                IntakeTable t = files.read(file, null, null);
                long t1 = System.nanoTime();
                IntakePreview p = intake.preview(new IntakeRequest(t, mapping, "C-A", List.of()));
                long t2 = System.nanoTime();
                read = Math.min(read, (t1 - t0) / 1_000_000);
                preview = Math.min(preview, (t2 - t1) / 1_000_000);
                both = Math.min(both, (t2 - t0) / 1_000_000);
                valid = (int) (p.count(RowStatus.VALID) + p.count(RowStatus.WARNING));
            }
            String line = String.format("rows %,d in %d orders (%,d quotable); read %,d ms; preview %,d ms;"
                            + " read + preview %,d ms; file %,d bytes", ROWS, (ROWS + 99) / 100, valid, read, preview,
                    both, Files.size(file));
            Files.writeString(Path.of("target", "intake-benchmark.txt"), line + "\n");
            org.slf4j.LoggerFactory.getLogger(getClass()).warn(line);
            Files.delete(file);
        }
    }
}

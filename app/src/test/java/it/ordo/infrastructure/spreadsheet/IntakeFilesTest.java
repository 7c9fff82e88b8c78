package it.ordo.infrastructure.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.intake.IntakeFileException;
import it.ordo.application.intake.IntakeFiles;
import it.ordo.application.intake.IntakeTable;
import it.ordo.i18n.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customers' order files as real .xlsx, .xls and .csv files written here with POI and by hand, good and bad. */
class IntakeFilesTest {

    private final IntakeFiles files = new PoiIntakeFiles();
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @TempDir
    Path dir;

    /** A customer's order as Excel writes it: a title, a blank row, then the header and lines. */
    private static void order(Workbook wb, String sheetName) {
        Sheet s = wb.createSheet(sheetName);
        s.createRow(0).createCell(0).setCellValue("Ordine n. 4711 del 03/12/2026 - Ferramenta Rossi");
        Row h = s.createRow(2);
        String[] header = {"N. ordine", "Cod. art.", "Descrizione", "Q.tà", "Prezzo", "Data consegna", "Totale"};
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.00 €"));
        Object[][] lines = {{"4711", "P1", "Vite 4x40", 12.0, 9.5, LocalDate.of(2026, 12, 20)},
                {null, "00123", "Concime", 2.5, 2.5, "20/12/2026"},
                {null, "P3", "Manuale", 1000.0, 100.0, LocalDate.of(2026, 12, 21)}};
        for (int r = 0; r < lines.length; r++) {
            Row row = s.createRow(3 + r);
            Object[] v = lines[r];
            if (v[0] != null) {
                row.createCell(0).setCellValue((String) v[0]);
            }
            row.createCell(1).setCellValue((String) v[1]); // "00123" stays text with its zeros
            row.createCell(2).setCellValue((String) v[2]);
            row.createCell(3).setCellValue((Double) v[3]);
            Cell price = row.createCell(4);
            price.setCellValue((Double) v[4]);
            price.setCellStyle(money);
            Cell d = row.createCell(5);
            if (v[5] instanceof LocalDate ld) {
                d.setCellValue(ld);
                d.setCellStyle(date);
            } else {
                d.setCellValue((String) v[5]);
            }
            row.createCell(6).setCellFormula("D" + (4 + r) + "*E" + (4 + r));
        }
        // The order number is one merged cell beside its three lines.
        s.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    }

    private Path write(String name, Workbook wb) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    private static void assertOrder(IntakeTable t) {
        assertThat(t.headerRow()).isEqualTo(3);
        assertThat(t.header()).containsExactly("N. ordine", "Cod. art.", "Descrizione", "Q.tà", "Prezzo",
                "Data consegna", "Totale");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).number()).isEqualTo(4);
        assertThat(t.rows().get(0).cells()).containsExactly("4711", "P1", "Vite 4x40", "12", "9.5", "2026-12-20", "114");
        assertThat(t.rows().get(1).cells()).containsExactly("4711", "00123", "Concime", "2.5", "2.5", "20/12/2026",
                "6.25");
        assertThat(t.rows().get(2).cells().get(3)).isEqualTo("1000");
        assertThat(t.fingerprint()).hasSize(64);
    }

    @Test
    void anXlsxIsStreamedWithTitleRowsSkippedMergedCellsFilledAndFormulasByTheirCachedValue() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Note").createRow(0).createCell(0).setCellValue("see next sheet");
        order(wb, "Ordine");
        Path file = write("ordine.xlsx", wb);

        assertThat(files.sheets(file)).containsExactly("Note", "Ordine");
        IntakeTable t = files.read(file, "Ordine", null);

        assertThat(t.format()).isEqualTo("XLSX");
        assertThat(t.sheet()).isEqualTo("Ordine");
        assertOrder(t);
    }

    @Test
    void anXlsIsReadTheSameWay() throws IOException {
        HSSFWorkbook wb = new HSSFWorkbook();
        order(wb, "Ordine");
        Path file = write("ordine.xls", wb);

        IntakeTable t = files.read(file, null, null);

        assertThat(t.format()).isEqualTo("XLS");
        assertOrder(t);
    }

    @Test
    void aWindows1252CsvWithSemicolonsAndCommaDecimalsIsDetected() throws IOException {
        String text = "Ordine cliente Rossi\r\n\r\nCodice articolo;Quantità;Prezzo;Note\r\n"
                + "P1;1.250,5;9,50;\"consegna; al mattino\"\r\nP2;3;2,5;città\r\n";
        Path file = dir.resolve("rossi.csv");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));

        IntakeTable t = files.read(file, null, null);

        assertThat(t.format()).isEqualTo("CSV");
        assertThat(t.encoding()).isEqualTo("windows-1252");
        assertThat(t.delimiter()).isEqualTo(";");
        assertThat(t.header()).containsExactly("Codice articolo", "Quantità", "Prezzo", "Note");
        assertThat(t.rows().get(0).cells()).containsExactly("P1", "1.250,5", "9,50", "consegna; al mattino");
        assertThat(t.rows().get(1).cells().get(3)).isEqualTo("città");
        assertThat(t.rows().get(1).number()).isEqualTo(5);
    }

    @Test
    void aUtf8CsvWithABomAndCommasIsDetected() throws IOException {
        String text = "\uFEFFSKU,Qty,Price\nP1,\"1,250.50\",9.50\nP3,2,100\n";
        Path file = dir.resolve("shop.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        IntakeTable t = files.read(file, null, null);

        assertThat(t.encoding()).isEqualTo("UTF-8");
        assertThat(t.delimiter()).isEqualTo(",");
        assertThat(t.header()).containsExactly("SKU", "Qty", "Price");
        assertThat(t.rows().getFirst().cells()).containsExactly("P1", "1,250.50", "9.50");
    }

    private String refusal(Path file) {
        try {
            files.read(file, null, null);
        } catch (IntakeFileException e) {
            return EN.describe(e);
        }
        throw new AssertionError("read " + file);
    }

    @Test
    void anEmptyFileAndACsvRenamedXlsxAreRefusedByName() throws IOException {
        Path empty = Files.createFile(dir.resolve("vuoto.xlsx"));
        assertThat(refusal(empty)).isEqualTo("File \"vuoto.xlsx\" is empty (0 bytes).");

        Path renamed = dir.resolve("ordine.xlsx");
        Files.writeString(renamed, "SKU;Qty\nP1;2\n");
        assertThat(refusal(renamed)).contains("ordine.xlsx").contains("text (CSV)").contains("rename it .csv");
    }

    @Test
    void aDamagedWorkbookIsRefusedAsSuch() throws IOException {
        byte[] good = Files.readAllBytes(write("good.xlsx", xlsx()));
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(good, good.length / 3));
        assertThat(refusal(cut)).startsWith("File \"cut.xlsx\" is not a readable workbook");

        Path garbage = dir.resolve("garbage.xls");
        byte[] noise = new byte[2000];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 1;
        Files.write(garbage, noise);
        assertThat(refusal(garbage)).startsWith("File \"garbage.xls\" is not a readable workbook");
    }

    private static XSSFWorkbook xlsx() {
        XSSFWorkbook wb = new XSSFWorkbook();
        order(wb, "Ordine");
        return wb;
    }

    @Test
    void aPasswordProtectedXlsxIsRefusedWithWhatToDo() throws Exception {
        Path plain = write("plain.xlsx", xlsx());
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("segreto");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(refusal(locked)).isEqualTo("Workbook \"locked.xlsx\" is protected by a password: open it in Excel,"
                + " remove the password, save and import it again.");
    }

    @Test
    void aPasswordProtectedXlsIsRefusedToo() throws Exception {
        HSSFWorkbook xls = new HSSFWorkbook();
        order(xls, "Ordine");
        Biff8EncryptionKey.setCurrentUserPassword("segreto");
        Path lockedXls;
        try {
            lockedXls = write("locked.xls", xls);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThat(refusal(lockedXls)).contains("\"locked.xls\" is protected by a password");
    }

    @Test
    void anUnknownSheetNamesTheSheetsThereAre() throws IOException {
        Path file = write("ordine.xlsx", xlsx());
        assertThatThrownBy(() -> files.read(file, "Foglio9", null))
                .isInstanceOfSatisfying(IntakeFileException.class, e -> assertThat(EN.describe(e))
                        .isEqualTo("There is no sheet \"Foglio9\" in \"ordine.xlsx\"; its sheets are: Ordine."));
    }

    @Test
    void aLongSheetReportsProgressAndCanBeCancelled() throws IOException {
        StringBuilder csv = new StringBuilder("SKU;Qty\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("P1;").append(i + 1).append('\n');
        }
        Path file = dir.resolve("long.csv");
        Files.writeString(file, csv);
        List<Integer> seen = new java.util.ArrayList<>();

        IntakeTable all = files.read(file, null, rows -> seen.add(rows));
        assertThat(all.rows()).hasSize(10_000);
        assertThat(seen).isNotEmpty().isSorted();

        assertThatThrownBy(() -> files.read(file, null, rows -> rows < 4000))
                .isInstanceOfSatisfying(IntakeFileException.class,
                        e -> assertThat(EN.describe(e)).isEqualTo("Reading stopped after 4,000 rows."));
    }

    @Test
    void aSheetWithoutAHeaderRowSaysSo() throws IOException {
        Path file = dir.resolve("numbers.csv");
        Files.writeString(file, "1;2\n3;4\n");
        assertThat(refusal(file)).isEqualTo("Sheet \"numbers.csv\": no header row found in its first 30 rows"
                + " (a row naming the columns).");
    }
}

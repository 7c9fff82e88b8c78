package it.ordo.infrastructure.spreadsheet;

import it.ordo.application.intake.IntakeFileException;
import it.ordo.application.intake.IntakeFiles;
import it.ordo.application.intake.IntakeTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Customers' order files read on the workstation: .xlsx streamed (a sheet of a million rows never becomes a
 * workbook in memory), .xls, and .csv in UTF-8 or Windows-1252 with its delimiter found. Cells are read as
 * text the import understands whatever the sheet's display format (numbers in plain digits with a dot, so
 * "9,50" shown by an Italian Excel is 9.5; dates as 2027-01-31; a formula by its cached value, never
 * evaluated), so what the export writer writes reads back the same and conditions files round-trip; a merged cell's value fills the whole merged area. The header is the first row that
 * fills at least half the columns the top of the sheet uses, so title rows above it are skipped.
 */
public final class PoiIntakeFiles implements IntakeFiles {

    /** How many rows are looked at to find the header. */
    private static final int HEADER_SCAN = 30;
    private static final int PROGRESS_EVERY = 2000;

    private enum Kind { XLSX, XLS, CSV }

    @Override
    public List<String> sheets(Path file) {
        byte[] head = head(file);
        return switch (kind(file, head)) {
            case XLSX -> withXlsx(file, (reader, pkg) -> {
                List<String> names = new ArrayList<>();
                XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (it.hasNext()) {
                    try (InputStream ignored = it.next()) {
                        names.add(it.getSheetName());
                    }
                }
                return names;
            });
            case XLS -> withXls(file, wb -> {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                    names.add(wb.getSheetName(i));
                }
                return names;
            });
            case CSV -> List.of(name(file));
        };
    }

    @Override
    public IntakeTable read(Path file, String sheet, Progress progress) {
        byte[] head = head(file);
        Kind kind = kind(file, head);
        String fingerprint = fingerprint(file);
        Collector rows = new Collector(progress == null ? Progress.NONE : progress);
        String sheetName;
        String encoding = null;
        String delimiter = null;
        switch (kind) {
            case XLSX -> sheetName = readXlsx(file, sheet, rows);
            case XLS -> sheetName = readXls(file, sheet, rows);
            default -> {
                Csv csv = readCsv(file, rows);
                sheetName = name(file);
                encoding = csv.encoding;
                delimiter = csv.delimiter;
            }
        }
        return rows.table(name(file), fingerprint, kind.name(), sheetName, encoding, delimiter);
    }

    // --- what the file is

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length == 0) {
                throw new IntakeFileException("intake.file.empty", name(file));
            }
            return head;
        } catch (NoSuchFileException e) {
            throw new IntakeFileException("intake.file.missing", file.toString());
        } catch (IOException e) {
            throw new IntakeFileException("intake.file.unreadable", name(file), e.getMessage());
        }
    }

    /** By content first: a renamed file says what it is, and a text file with an Excel name is refused as such. */
    private static Kind kind(Path file, byte[] head) {
        if (gzip(head)) {
            // A CSV compressed with gzip (an export too large to mail as it is): read as the CSV inside.
            return Kind.CSV;
        }
        String lower = name(file).toLowerCase(Locale.ROOT);
        boolean excelName = lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return Kind.XLS;
        }
        if (excelName) {
            if (looksLikeText(file)) {
                throw new IntakeFileException("intake.file.textNamedExcel", name(file));
            }
            throw new IntakeFileException("intake.file.corrupt", name(file), "?");
        }
        return Kind.CSV;
    }

    private static boolean gzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] some = in.readNBytes(4096);
            for (byte b : some) {
                if (b == 0 || (b > 0 && b < 9)) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String fingerprint(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new IntakeFileException("intake.file.unreadable", name(file), e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- collecting rows, finding the header

    /** Receives the sheet's rows in order; keeps the first ones until the header is found. */
    private static final class Collector {
        private final Progress progress;
        private final List<IntakeTable.Row> top = new ArrayList<>();
        private final List<IntakeTable.Row> data = new ArrayList<>();
        private final List<CellRangeAddress> merged = new ArrayList<>();
        private List<String> header;
        private int headerRow;
        private int seen;
        private String sheet;

        Collector(Progress progress) {
            this.progress = progress;
        }

        /** One row, 1-based, its cells by column index ("" when empty). */
        void row(int number, List<String> cells) {
            if (++seen % PROGRESS_EVERY == 0 && !progress.rowsRead(seen)) {
                throw new IntakeFileException("intake.file.cancelled", seen);
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null && top.size() < HEADER_SCAN) {
                top.add(new IntakeTable.Row(number, cells));
                return;
            }
            if (header == null) {
                findHeader();
            }
            data.add(new IntakeTable.Row(number, cells));
        }

        private void findHeader() {
            int widest = top.stream().mapToInt(r -> filled(r.cells())).max().orElse(0);
            int at = -1;
            for (int i = 0; i < top.size(); i++) {
                List<String> cells = top.get(i).cells();
                int filled = filled(cells);
                long words = cells.stream().filter(c -> !c.isBlank() && !numeric(c)).count();
                if (filled >= Math.max(2, (widest + 1) / 2) && words * 2 >= filled) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new IntakeFileException("intake.file.noHeader", sheet, HEADER_SCAN);
            }
            IntakeTable.Row h = top.get(at);
            int width = lastFilled(h.cells()) + 1;
            header = new ArrayList<>(h.cells().subList(0, width).stream().map(String::strip).toList());
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).isBlank()) {
                    // A column without a header is named by its letter, so a mapping and a message can name it.
                    header.set(c, columnLetter(c));
                }
            }
            headerRow = h.number();
            data.addAll(top.subList(at + 1, top.size()));
            top.clear();
        }

        IntakeTable table(String fileName, String fingerprint, String format, String sheetName, String encoding,
                          String delimiter) {
            this.sheet = sheetName;
            if (header == null) {
                if (top.isEmpty()) {
                    throw new IntakeFileException("intake.file.noRows", sheetName);
                }
                findHeader();
            }
            fillMerged();
            int width = header.size();
            List<IntakeTable.Row> rows = new ArrayList<>(data.size());
            for (IntakeTable.Row r : data) {
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(c < r.cells().size() ? r.cells().get(c) : "");
                }
                if (!cells.stream().allMatch(String::isBlank)) {
                    rows.add(new IntakeTable.Row(r.number(), List.copyOf(cells)));
                }
            }
            return new IntakeTable(fileName, fingerprint, format, sheetName, encoding, delimiter, headerRow,
                    List.copyOf(header), rows);
        }

        /** A merged cell's value in every cell of its area (a merged order number covers all its lines). */
        private void fillMerged() {
            if (merged.isEmpty()) {
                return;
            }
            java.util.Map<Integer, IntakeTable.Row> byNumber = new java.util.HashMap<>();
            data.forEach(r -> byNumber.put(r.number(), r));
            for (CellRangeAddress m : merged) {
                IntakeTable.Row first = byNumber.get(m.getFirstRow() + 1);
                if (first == null || m.getFirstColumn() >= first.cells().size()) {
                    continue;
                }
                String value = first.cells().get(m.getFirstColumn());
                for (int r = m.getFirstRow() + 1; r <= m.getLastRow() + 1; r++) {
                    IntakeTable.Row row = byNumber.get(r);
                    if (row == null) {
                        continue;
                    }
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn() && c < row.cells().size(); c++) {
                        row.cells().set(c, value);
                    }
                }
            }
        }
    }

    private static int filled(List<String> cells) {
        return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }

    private static int lastFilled(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean numeric(String text) {
        return text.strip().matches("[-+]?[0-9.,\\s]+");
    }

    private static String columnLetter(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    // --- .xlsx, streamed

    @FunctionalInterface
    private interface XlsxWork<T> {
        T run(XSSFReader reader, OPCPackage pkg) throws IOException, SAXException, OpenXML4JException;
    }

    private static <T> T withXlsx(Path file, XlsxWork<T> work) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return work.run(new XSSFReader(pkg), pkg);
        } catch (IntakeFileException e) {
            throw e;
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new IntakeFileException("intake.file.corrupt", name(file), e.getMessage());
        } catch (IOException | SAXException | OpenXML4JException | RuntimeException e) {
            throw new IntakeFileException("intake.file.corrupt", name(file), String.valueOf(e.getMessage()));
        }
    }

    private static String readXlsx(Path file, String wanted, Collector rows) {
        return withXlsx(file, (reader, pkg) -> {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    String name = it.getSheetName();
                    names.add(name);
                    if (wanted != null && !wanted.equalsIgnoreCase(name)) {
                        continue;
                    }
                    rows.sheet = name;
                    XMLReader parser = parser();
                    XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(styles, strings, new SheetRows(rows),
                            new PlainFormatter(), false);
                    // mergeCells come after the rows: a filter notes them as they pass.
                    MergedCells filter = new MergedCells(rows.merged);
                    filter.setParent(parser);
                    filter.setContentHandler(cells);
                    filter.parse(new InputSource(sheet));
                    return name;
                }
            }
            throw new IntakeFileException("intake.file.noSheet", String.valueOf(wanted), name(file),
                    String.join(", ", names));
        });
    }

    private static XMLReader parser() throws SAXException {
        try {
            return XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** The rows of a streamed sheet as lists of cell texts. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Collector rows;
        private List<String> cells;

        SheetRows(Collector rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int col = new CellAddress(reference).getColumn();
            while (cells.size() < col) {
                cells.add("");
            }
            String text = value == null ? "" : value.strip();
            if (cells.size() == col) {
                cells.add(text);
            } else {
                cells.set(col, text);
            }
        }
    }

    /** Notes each {@code <mergeCell ref="A2:A5"/>} of a sheet while passing everything on. */
    private static final class MergedCells extends XMLFilterImpl {
        private final List<CellRangeAddress> merged;

        MergedCells(List<CellRangeAddress> merged) {
            this.merged = merged;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("mergeCell".equals(localName) && atts.getValue("ref") != null) {
                merged.add(CellRangeAddress.valueOf(atts.getValue("ref")));
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /** Numbers as plain digits with a dot, dates as 2027-01-31, whatever the cell's display format. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return plain(value);
        }
    }

    // --- .xls

    @FunctionalInterface
    private interface XlsWork<T> {
        T run(HSSFWorkbook wb) throws IOException;
    }

    private static <T> T withXls(Path file, XlsWork<T> work) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new IntakeFileException("intake.file.encrypted", name(file));
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
                throw new IntakeFileException("intake.file.corrupt", name(file), "no workbook inside");
            }
            try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), false)) {
                return work.run(wb);
            }
        } catch (IntakeFileException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new IntakeFileException("intake.file.encrypted", name(file));
        } catch (IOException | RuntimeException e) {
            throw new IntakeFileException("intake.file.corrupt", name(file), String.valueOf(e.getMessage()));
        }
    }

    private static String readXls(Path file, String wanted, Collector rows) {
        return withXls(file, wb -> {
            Sheet sheet = wanted == null ? wb.getSheetAt(0) : wb.getSheet(wanted);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                throw new IntakeFileException("intake.file.noSheet", wanted, name(file), String.join(", ", names));
            }
            rows.sheet = sheet.getSheetName();
            rows.merged.addAll(sheet.getMergedRegions());
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(text(cell));
                }
                rows.row(row.getRowNum() + 1, cells);
            }
            return sheet.getSheetName();
        });
    }

    // --- .csv

    private record Csv(String encoding, String delimiter) {
    }

    private static Csv readCsv(Path file, Collector rows) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
            if (gzip(bytes)) {
                try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new IntakeFileException("intake.file.unreadable", name(file), e.getMessage());
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel on Windows saves "CSV" in the ANSI code page: Windows-1252 in Italy.
            charset = Charset.forName("windows-1252");
            text = new String(bytes, charset);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        rows.sheet = name(file);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader in = new StringReader(text); CSVParser parser = CSVParser.parse(in, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            int line = 0;
            while (it.hasNext()) {
                CSVRecord record = it.next();
                line++;
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(v -> cells.add(v.strip()));
                rows.row(line, cells);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new IntakeFileException("intake.file.csvBroken", name(file), e.getMessage());
        }
        return new Csv(charset.name(), delimiter == '\t' ? "TAB" : String.valueOf(delimiter));
    }

    /**
     * The delimiter the lines use most consistently: the same number of times on the most lines (title lines
     * use none, and a comma inside Italian numbers varies from line to line). Ties go to ; (Italian Excel).
     */
    static char delimiter(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(50).toList();
        char best = ',';
        int bestScore = 0;
        for (char d : new char[] {';', ',', '\t', '|'}) {
            java.util.Map<Integer, Integer> linesByCount = new java.util.HashMap<>();
            for (String l : lines) {
                int n = count(l, d);
                if (n > 0) {
                    linesByCount.merge(n, 1, Integer::sum);
                }
            }
            int score = linesByCount.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** How often the delimiter occurs outside quotes. */
    private static int count(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** An .xls cell as text, as the .xlsx reader's formatter gives it. */
    private static String text(Cell cell) {
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

    private static String plain(double value) {
        // Double.toString gives the shortest decimal that is this double: 9.5, not 9.4999999...
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}

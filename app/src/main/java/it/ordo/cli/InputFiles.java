package it.ordo.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the files people hand to the command line: CSV as spreadsheets save
 * it (UTF-8 with or without BOM, UTF-16 with its BOM, or Windows-1252;
 * separator ',' ';' or tab, taken from the header line) and JSON. A workbook
 * or another binary file is named as such. Anything that cannot be read or parsed
 * is a {@link FileProblem}, raised before any row reaches a service.
 */
final class InputFiles {

    enum Format { CSV, JSON }

    /** The first bytes of zip archives (.xlsx, .ods) and OLE compound files (.xls), and UTF-16 byte-order marks. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /** What the parser stopped on: a character, or a word that is not a JSON value. */
    private static final Pattern UNEXPECTED = Pattern.compile(
            "Unexpected character \\('(.+?)' \\(code|Unrecognized token '(.*?)'");

    /** A file's text and how to read it. */
    record Content(Path path, String text, Format format) {
    }

    /** One data record of a CSV file: its physical line number and its fields by canonical column name. */
    record Record(int line, Map<String, String> fields) {
    }

    /** The columns a kind of file knows, and those the header must have. */
    record Columns(List<String> known, List<String> required) {

        Optional<String> canonical(String name) {
            String wanted = normalize(name);
            return known.stream().filter(k -> normalize(k).equals(wanted)).findFirst();
        }

        private static String normalize(String name) {
            return name.replace("\uFEFF", "").replaceAll("[\\s_\\-.]", "").toLowerCase(Locale.ROOT);
        }
    }

    private InputFiles() {
    }

    static Content read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new FileProblem(e, "cli.file.notFound", Verbatim.of(path));
        } catch (IOException | SecurityException e) {
            throw new FileProblem(e, "cli.file.unreadable", Verbatim.of(path), Verbatim.of(e.getMessage()));
        }
        refuseNonText(path, bytes);
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new FileProblem("cli.file.empty", Verbatim.of(path));
        }
        return new Content(path, text, format(path, text));
    }

    /**
     * A workbook or a binary file read as text would only ever fail on its "header": say what the file is.
     * Excel's .xlsx (and LibreOffice's .ods) are zip archives, the old .xls an OLE compound file; a NUL byte
     * means a binary file or UTF-16 text without the byte-order mark that would let it be read.
     */
    private static void refuseNonText(Path path, byte[] bytes) {
        if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
            throw new FileProblem("cli.file.workbook", Verbatim.of(path));
        }
        if (startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) {
            return;
        }
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                throw new FileProblem("cli.file.notText", Verbatim.of(path));
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * UTF-16 when a byte-order mark says so (Excel's "Unicode text", Notepad's "Unicode"); UTF-8 when the bytes
     * are UTF-8; otherwise what Excel on Windows writes.
     */
    private static String decode(byte[] bytes) {
        if (startsWith(bytes, UTF16_LE_BOM)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16_BE_BOM)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Format format(Path path, String text) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        char first = text.strip().charAt(0);
        return first == '[' || first == '{' ? Format.JSON : Format.CSV;
    }

    // --- JSON

    static JsonNode json(Content content) {
        try {
            return Json.reader().readTree(content.text());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw jsonProblem(e, content, line, column);
        }
    }

    /**
     * The parser's own text names its internals ("StreamReadFeature…"): say in plain words what is wrong,
     * where. The kinds a person makes by hand: the text stops early, a key twice, text after the end, or a
     * character where JSON wants something else (a missing comma or quote, a single quote, a comment).
     */
    private static FileProblem jsonProblem(JsonProcessingException e, Content content, int line, int column) {
        Verbatim path = Verbatim.of(content.path());
        if (e instanceof JsonEOFException) {
            return new FileProblem(e, "cli.file.json.incomplete", path, line, column);
        }
        String original = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = Pattern.compile("Duplicate field '(.*)'").matcher(original);
        if (duplicate.find()) {
            return new FileProblem(e, "cli.file.json.duplicateKey", path, line, column, Verbatim.of(duplicate.group(1)));
        }
        if (original.startsWith("Trailing token")) {
            return new FileProblem(e, "cli.file.json.trailing", path, line, column);
        }
        Matcher found = UNEXPECTED.matcher(original);
        if (found.find()) {
            String what = found.group(1) != null ? found.group(1) : found.group(2);
            // In single quotes: what was found is often a double quote itself.
            return new FileProblem(e, "cli.file.json.unexpected", path, line, column, Verbatim.of("'" + what + "'"));
        }
        return new FileProblem(e, "cli.file.json.invalid", path, line, column);
    }

    /** A JSON value as the text a spreadsheet cell would hold: numbers plain, booleans true/false, null absent. */
    static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            // Plain digits as a person writes them; a huge exponent (1e400) stays in scientific form rather than
            // becoming hundreds of digits, and the reader then says it is out of range.
            BigDecimal value = node.decimalValue();
            return Math.abs(value.scale()) > 40 ? value.toString() : value.toPlainString();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        return node.toString();
    }

    /**
     * The objects of a JSON import file: the file is an array of objects, or
     * one object holding that array under {@code wrapper}.
     */
    static List<Record> jsonRecords(Content content, String wrapper, Columns columns, Set<String> unknown) {
        JsonNode root = json(content);
        JsonNode array = root.isObject() && root.has(wrapper) ? root.get(wrapper) : root;
        if (!array.isArray()) {
            throw new FileProblem("cli.file.jsonShape", Verbatim.of(content.path()), Verbatim.of(wrapper));
        }
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (!element.isObject()) {
                throw new FileProblem("cli.file.jsonNotObject", Verbatim.of(content.path()), i + 1);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : element.properties()) {
                Optional<String> name = columns.canonical(e.getKey());
                if (name.isEmpty()) {
                    unknown.add(e.getKey());
                    continue;
                }
                String value = scalar(e.getValue());
                if (value != null) {
                    fields.put(name.get(), value);
                }
            }
            records.add(new Record(i + 1, fields));
        }
        return records;
    }

    // --- CSV

    /**
     * The records of a CSV file with a header line. Blank records (rows of
     * empty cells, as spreadsheets leave at the end) are skipped; a record
     * with more non-empty fields than the header has columns is an error.
     */
    static List<Record> csvRecords(Content content, Columns columns, Set<String> unknown) {
        String text = content.text();
        char separator = separator(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<Record> records = new ArrayList<>();
        Lines lines = new Lines(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                if (header == null) {
                    header = header(content, record, columns, unknown);
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String value = record.get(i);
                    if (i >= header.size()) {
                        if (!value.isBlank()) {
                            throw new FileProblem("cli.file.tooManyFields", Verbatim.of(content.path()), line,
                                    record.size(), header.size());
                        }
                        continue;
                    }
                    if (header.get(i) != null && !value.isBlank()) {
                        fields.put(header.get(i), value.strip());
                    }
                }
                records.add(new Record(line, fields));
            }
            if (header == null) {
                throw new FileProblem("cli.file.empty", Verbatim.of(content.path()));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            String detail = e.getCause() != null && e instanceof UncheckedIOException ? e.getCause().getMessage()
                    : e.getMessage();
            throw new FileProblem(e, "cli.file.badCsv", Verbatim.of(content.path()), Verbatim.of(detail));
        }
        return records;
    }

    /** Canonical names by position (null for an unknown column); duplicate or missing required columns stop the import. */
    private static List<String> header(Content content, CSVRecord record, Columns columns, Set<String> unknown) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : record) {
            String name = raw.strip();
            if (name.isEmpty()) {
                names.add(null);
                continue;
            }
            Optional<String> canonical = columns.canonical(name);
            if (canonical.isEmpty()) {
                unknown.add(name);
                names.add(null);
                continue;
            }
            if (!seen.add(canonical.get())) {
                throw new FileProblem("cli.file.duplicateColumn", Verbatim.of(content.path()), Verbatim.of(name));
            }
            names.add(canonical.get());
        }
        List<String> missing = columns.required().stream().filter(r -> !seen.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new FileProblem("cli.file.missingColumns", Verbatim.of(content.path()),
                    Verbatim.of(String.join(", ", missing)), Verbatim.of(String.join(",", columns.known())));
        }
        return names;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The separator is whichever of ';', ',' or tab the header line (outside quotes) uses most; ',' on a tie. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Line numbers of character positions, read forwards once as the records come in order. */
    private static final class Lines {

        private final String text;
        private int pos;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /** The 1-based line of the first character of a record (skipping the line breaks before it). */
        int lineAt(long position) {
            int target = (int) Math.min(position, text.length());
            while (target < text.length() && (text.charAt(target) == '\n' || text.charAt(target) == '\r')) {
                target++;
            }
            for (; pos < target; pos++) {
                if (text.charAt(pos) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}

package it.ordo.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the files people hand to the command line: CSV as spreadsheets save
 * it (UTF-8 with or without BOM, or Windows-1252; separator ',' ';' or tab,
 * taken from the header line) and JSON. Anything that cannot be read or parsed
 * is a {@link FileProblem}, raised before any row reaches a service.
 */
final class InputFiles {

    enum Format { CSV, JSON }

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
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new FileProblem("cli.file.empty", Verbatim.of(path));
        }
        return new Content(path, text, format(path, text));
    }

    /** UTF-8 when the bytes are UTF-8; otherwise what Excel on Windows writes. */
    private static String decode(byte[] bytes) {
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
            throw new FileProblem(e, "cli.file.badJson", Verbatim.of(content.path()),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    Verbatim.of(e.getOriginalMessage()));
        }
    }

    /** A JSON value as the text a spreadsheet cell would hold: numbers plain, booleans true/false, null absent. */
    static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
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

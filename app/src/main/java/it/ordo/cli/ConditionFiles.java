package it.ordo.cli;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.intake.IntakeFileException;
import it.ordo.application.intake.IntakeFiles;
import it.ordo.application.intake.IntakeTable;
import it.ordo.application.pricing.PriceFiles;
import it.ordo.application.reporting.ExportFile;
import it.ordo.application.reporting.SheetColumn;
import it.ordo.application.reporting.SheetLayout;
import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.infrastructure.reporting.PoiSpreadsheets;
import it.ordo.infrastructure.spreadsheet.PoiIntakeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Files of commercial conditions: read from CSV, JSON or an Excel workbook (.xlsx, .xls) into rows, and written to
 * .xlsx in the same columns by the export writer every list uses, so an export edited in Excel imports back. The file is read whole before anything
 * is asked of the services: a malformed file applies nothing.
 */
final class ConditionFiles {

    private ConditionFiles() {
    }

    /** Rows by canonical column name; for a workbook the line is the Excel row number. */
    static List<ImportRow> read(BaseCommand cmd, Path file, InputFiles.Columns columns, String wrapper) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new FileProblem(e, "cli.file.notFound", Verbatim.of(file));
        } catch (IOException | SecurityException e) {
            throw new FileProblem(e, "cli.file.unreadable", Verbatim.of(file), Verbatim.of(e.getMessage()));
        }
        if (!workbook(head)) {
            InputFiles.Content content = InputFiles.read(file);
            Set<String> unknown = new LinkedHashSet<>();
            List<InputFiles.Record> records = content.format() == InputFiles.Format.JSON
                    ? InputFiles.jsonRecords(content, wrapper, columns, unknown)
                    : InputFiles.csvRecords(content, columns, unknown);
            unknown.forEach(name -> cmd.err().println(cmd.t("cli.file.unknownColumn", BaseCommand.v(name))));
            return records.stream().map(r -> new ImportRow(r.line(), r.fields())).toList();
        }
        // A workbook is read by the reader of customers' order files, as the Prices screen reads it: .xlsx or
        // .xls, the first sheet, a title row above the header skipped, formulas by their cached value.
        IntakeTable table;
        try {
            table = new PoiIntakeFiles().read(file, null, IntakeFiles.Progress.NONE);
        } catch (IntakeFileException e) {
            throw new FileProblem(e, e.key(), e.args().toArray());
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : table.header()) {
            Optional<String> canonical = raw.isBlank() ? Optional.empty() : columns.canonical(raw);
            if (canonical.isEmpty() && !raw.isBlank()) {
                cmd.err().println(cmd.t("cli.file.unknownColumn", BaseCommand.v(raw)));
            }
            if (canonical.isPresent() && !seen.add(canonical.get())) {
                throw new FileProblem("cli.file.duplicateColumn", Verbatim.of(file), Verbatim.of(raw));
            }
            names.add(canonical.orElse(null));
        }
        List<String> missing = columns.required().stream().filter(r -> !seen.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new FileProblem("cli.file.missingColumns", Verbatim.of(file), Verbatim.of(String.join(", ", missing)),
                    Verbatim.of(String.join(",", columns.known())));
        }
        List<ImportRow> rows = new ArrayList<>(table.rows().size());
        for (IntakeTable.Row line : table.rows()) {
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < names.size(); c++) {
                if (names.get(c) != null) {
                    fields.put(names.get(c), line.cells().get(c));
                }
            }
            rows.add(new ImportRow(line.number(), fields));
        }
        return rows;
    }

    /**
     * The rows as an .xlsx workbook through the one export writer ({@link SpreadsheetWriter}: typed cells, text that
     * can never run as a formula), headed by the import's own column names. Numbers keep their plain value (a
     * percentage is 10, not 10 %), so the file reads back as it was written. Written on this workstation even when
     * the rows came from an Ordo server.
     */
    static void write(BaseCommand cmd, Path file, String sheet, List<String> columns, List<List<Object>> rows) {
        List<SheetColumn> layout = columns.stream().map(name -> SheetColumn.of(name, PriceFiles.cellType(name))).toList();
        try {
            ExportFile.write(file, out -> {
                try (SpreadsheetWriter writer = new PoiSpreadsheets().writer(SpreadsheetFormat.XLSX, out,
                        cmd.services().clock().getZone())) {
                    writer.startSheet(new SheetLayout(sheet, layout));
                    for (List<Object> row : rows) {
                        writer.row(row);
                    }
                }
            });
        } catch (IOException | SecurityException e) {
            throw new FileProblem(e, "cli.file.unwritable", Verbatim.of(file), Verbatim.of(e.getMessage()));
        }
        cmd.out().println(cmd.t("cli.export.done", rows.size(), BaseCommand.v(file)));
    }

    /** An .xlsx (a zip archive) or an .xls (an OLE2 compound file), by its first bytes whatever its name. */
    private static boolean workbook(byte[] head) {
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF
                && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
        return zip || ole2;
    }

    /** The refused rows, each with its position and every reason; non-zero when there are any. */
    static int errors(BaseCommand cmd, List<ImportReport.RowError> errors, int total, boolean applied) {
        for (ImportReport.RowError error : errors) {
            String reasons = cmd.render(error.problems());
            cmd.err().println(error.key() == null
                    ? cmd.t("cli.import.errorLineNoKey", error.line(), BaseCommand.v(reasons))
                    : cmd.t("cli.import.errorLine", error.line(), BaseCommand.v(error.key()), BaseCommand.v(reasons)));
        }
        if (errors.isEmpty()) {
            return Cli.OK;
        }
        cmd.err().println(applied ? cmd.t("cli.import.refused", errors.size(), total)
                : cmd.t("cli.conditions.refusedInPreview", errors.size(), total));
        return Cli.REFUSED;
    }
}

package it.ordo.application.pricing;

import it.ordo.application.imports.ImportRow;
import it.ordo.application.intake.IntakeTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A price list file (or a file of discount rules or promotions) read on the workstation ({@link it.ordo.application.intake.IntakeFiles}: .xlsx, .xls, .csv)
 * turned into the rows {@link PriceListService#previewItems} and {@link PriceListService#importItems} take, by the
 * import's column names ({@link PriceListService#ITEM_COLUMNS}, matched as the command line matches them: case,
 * spaces, dashes and underscores aside). Only the names are mapped here: every value is read and checked by the
 * use case, so a file says the same on the desktop and on the command line.
 */
public final class PriceFiles {

    /** Columns a file of prices cannot do without. */
    public static final List<String> REQUIRED = List.of("list", "sku", "unitPrice");

    /**
     * The rows of a file, with the header's names it does not know (ignored) and the required ones it lacks (the file
     * cannot be imported).
     */
    public record Rows(List<ImportRow> rows, List<String> unknownColumns, List<String> missingColumns) {
    }

    private PriceFiles() {
    }

    /**
     * The table's rows by column name; a row with no start of validity starts on {@code validFrom} when it is given
     * (a list valid from next month, chosen beside the file), a row with its own start keeps it.
     */
    public static Rows items(IntakeTable table, LocalDate validFrom) {
        return rows(table, PriceListService.ITEM_COLUMNS, REQUIRED, validFrom);
    }

    /** A file of discount rules or promotions, by the columns of the command line's import of the same set. */
    public static Rows rules(IntakeTable table, ConditionsService.RuleSet set) {
        return rows(table, set.columns(), set.required(), null);
    }

    private static Rows rows(IntakeTable table, List<String> columns, List<String> required, LocalDate validFrom) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : table.header()) {
            String canonical = canonical(raw, columns);
            if (canonical == null || !seen.add(canonical)) {
                if (raw != null && !raw.isBlank()) {
                    unknown.add(raw);
                }
                names.add(null);
            } else {
                names.add(canonical);
            }
        }
        List<String> missing = required.stream().filter(r -> !seen.contains(r)).toList();
        List<ImportRow> rows = new ArrayList<>(table.rows().size());
        for (IntakeTable.Row row : table.rows()) {
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < names.size() && c < row.cells().size(); c++) {
                if (names.get(c) != null) {
                    fields.put(names.get(c), row.cells().get(c));
                }
            }
            String from = fields.get("validFrom");
            if (validFrom != null && (from == null || from.isBlank())) {
                fields.put("validFrom", validFrom.toString());
            }
            rows.add(new ImportRow(row.number(), fields));
        }
        return new Rows(rows, unknown, missing);
    }

    private static String canonical(String name, List<String> columns) {
        if (name == null) {
            return null;
        }
        String wanted = normalize(name);
        return columns.stream().filter(k -> normalize(k).equals(wanted)).findFirst().orElse(null);
    }

    private static String normalize(String name) {
        return name.replace("\uFEFF", "").replaceAll("[\\s_\\-.]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * How a column of a conditions file is written to Excel: money, a plain number (a percentage is 10, not 10 %, so
     * the file reads back as it was written), a day, yes/no, or text.
     */
    public static it.ordo.application.reporting.CellType cellType(String column) {
        return switch (column) {
            case "unitPrice", "netPrice", "minOrderValue" -> it.ordo.application.reporting.CellType.MONEY;
            case "minQty", "percent" -> it.ordo.application.reporting.CellType.QUANTITY;
            case "validFrom", "validTo" -> it.ordo.application.reporting.CellType.DATE;
            case "active" -> it.ordo.application.reporting.CellType.BOOLEAN;
            default -> it.ordo.application.reporting.CellType.TEXT;
        };
    }
}

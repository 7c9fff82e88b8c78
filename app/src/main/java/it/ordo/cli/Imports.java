package it.ordo.cli;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code customer import} and {@code product import}: the file is read whole
 * first (a malformed file applies nothing), then handed to the service, which
 * applies the valid rows and reports the others with every reason.
 */
final class Imports {

    static final InputFiles.Columns PRODUCTS = new InputFiles.Columns(
            List.of("sku", "ean", "description", "category", "unit", "vatRate", "unitCost", "listPrice", "weightKg",
                    "active", "reorderPoint", "minOrderQty", "packMultiple"),
            List.of("sku", "description", "category", "unit", "vatRate", "unitCost", "listPrice"));

    static final InputFiles.Columns CUSTOMERS = new InputFiles.Columns(
            List.of("code", "name", "vatNumber", "fiscalCode", "email", "phone", "tier", "creditLimit", "paymentTerms",
                    "acceptsBackorders", "address", "postalCode", "city", "province", "country", "kind", "officeCode", "language",
                    "warehouse", "priceList", "group", "channel", "agent", "blocked"),
            List.of("code", "name", "creditLimit", "paymentTerms", "address", "postalCode", "city"));

    private Imports() {
    }

    static int run(BaseCommand cmd, Path file, InputFiles.Columns columns, String wrapper,
                   Function<List<ImportRow>, ImportReport> importer) {
        InputFiles.Content content = InputFiles.read(file);
        Set<String> unknown = new LinkedHashSet<>();
        List<InputFiles.Record> records = content.format() == InputFiles.Format.JSON
                ? InputFiles.jsonRecords(content, wrapper, columns, unknown)
                : InputFiles.csvRecords(content, columns, unknown);
        unknown.forEach(name -> cmd.err().println(cmd.t("cli.file.unknownColumn", BaseCommand.v(name))));
        List<ImportRow> rows = records.stream().map(r -> new ImportRow(r.line(), r.fields())).toList();
        ImportReport report = importer.apply(rows);
        cmd.out().println(cmd.t("cli.import.done", report.inserted(), report.updated()));
        if (report.clean()) {
            return Cli.OK;
        }
        String where = content.format() == InputFiles.Format.JSON ? "cli.import.errorRecord" : "cli.import.errorLine";
        for (ImportReport.RowError error : report.errors()) {
            String reasons = cmd.render(error.problems());
            cmd.err().println(error.key() == null
                    ? cmd.t(where + "NoKey", error.line(), BaseCommand.v(reasons))
                    : cmd.t(where, error.line(), BaseCommand.v(error.key()), BaseCommand.v(reasons)));
        }
        cmd.err().println(cmd.t("cli.import.refused", report.errors().size(), rows.size()));
        return Cli.REFUSED;
    }
}

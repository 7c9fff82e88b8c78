package it.ordo.application.reporting;

import static it.ordo.application.reporting.CellType.DATE;
import static it.ordo.application.reporting.CellType.INTEGER;
import static it.ordo.application.reporting.CellType.MONEY;
import static it.ordo.application.reporting.CellType.PERCENT;
import static it.ordo.application.reporting.CellType.QUANTITY;
import static it.ordo.application.reporting.CellType.TEXT;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Lays out the accounting export: a sheet of documents (one row per sold
 * order and per credit note, the latter negative; taxable and VAT per rate,
 * totals), one of lines, one of totals per
 * VAT rate and one per month, each ending in nothing but data so the
 * accountant's own sums and pivots work. For CSV, the documents alone. Used
 * by the desktop and the command line alike; labels come from the caller's
 * resource bundle ({@code label(key, args)}).
 */
public final class SalesExportWorkbook {

    private SalesExportWorkbook() {
    }

    public static void write(SalesExport export, SpreadsheetWriter writer, SpreadsheetFormat format,
                             BiFunction<String, Object[], String> label) throws IOException {
        List<SheetLayout.Filter> filters = List.of(
                new SheetLayout.Filter(label.apply("salesExport.filter.from", new Object[0]),
                        export.period().from().toString()),
                new SheetLayout.Filter(label.apply("salesExport.filter.to", new Object[0]),
                        export.period().to().toString()));
        List<SheetColumn> columns = new ArrayList<>(List.of(
                col(label, "salesExport.col.number", TEXT), col(label, "salesExport.col.date", DATE),
                col(label, "salesExport.col.customerCode", TEXT), col(label, "salesExport.col.customer", TEXT),
                col(label, "salesExport.col.vatNumber", TEXT), col(label, "salesExport.col.fiscalCode", TEXT),
                col(label, "salesExport.col.paymentTerms", TEXT), col(label, "salesExport.col.channel", TEXT),
                col(label, "salesExport.col.kind", TEXT), col(label, "salesExport.col.reference", TEXT)));
        for (BigDecimal rate : export.rates()) {
            columns.add(SheetColumn.of(label.apply("salesExport.col.taxableAt", new Object[] {rate.toPlainString()}),
                    MONEY));
            columns.add(SheetColumn.of(label.apply("salesExport.col.vatAt", new Object[] {rate.toPlainString()}),
                    MONEY));
        }
        columns.add(col(label, "salesExport.col.net", MONEY));
        columns.add(col(label, "salesExport.col.vat", MONEY));
        columns.add(col(label, "salesExport.col.gross", MONEY));
        writer.startSheet(new SheetLayout(label.apply("salesExport.sheet.documents", new Object[0]), columns,
                format == SpreadsheetFormat.XLSX ? filters : List.of()));
        for (SalesExport.Document d : export.documents()) {
            List<Object> row = new ArrayList<>(Arrays.asList(d.number(), d.date(), d.customerCode(), d.customerName(),
                    d.vatNumber(), d.fiscalCode(), d.paymentTerms(), d.channel().name(),
                    label.apply("salesExport.kind." + d.kind().name(), new Object[0]), d.reference()));
            for (VatTotal v : d.vat()) {
                row.add(v.taxable());
                row.add(v.vat());
            }
            row.add(d.net());
            row.add(d.vatTotal());
            row.add(d.gross());
            writer.row(row);
        }
        if (format == SpreadsheetFormat.CSV) {
            return;
        }
        writer.startSheet(new SheetLayout(label.apply("salesExport.sheet.lines", new Object[0]), List.of(
                col(label, "salesExport.col.number", TEXT), col(label, "salesExport.col.date", DATE),
                col(label, "salesExport.col.line", INTEGER), col(label, "salesExport.col.customerCode", TEXT),
                col(label, "salesExport.col.sku", TEXT), col(label, "salesExport.col.description", TEXT),
                col(label, "salesExport.col.quantity", QUANTITY), col(label, "salesExport.col.unitPrice", MONEY),
                col(label, "salesExport.col.discount", PERCENT), col(label, "salesExport.col.vatRate", PERCENT),
                col(label, "salesExport.col.net", MONEY), col(label, "salesExport.col.vat", MONEY),
                col(label, "salesExport.col.gross", MONEY))));
        for (SalesExport.Line l : export.lines()) {
            writer.row(Arrays.asList(l.orderNumber(), l.date(), l.lineNo(), l.customerCode(), l.sku(),
                    l.description(), l.quantity(), l.unitPrice(), l.discountPct(), l.vatRate(), l.net(), l.vat(),
                    l.gross()));
        }
        writer.startSheet(new SheetLayout(label.apply("salesExport.sheet.vat", new Object[0]), List.of(
                col(label, "salesExport.col.vatRate", PERCENT), col(label, "salesExport.col.net", MONEY),
                col(label, "salesExport.col.vat", MONEY))));
        for (VatTotal v : export.vatByRate()) {
            writer.row(Arrays.asList(v.rate(), v.taxable(), v.vat()));
        }
        writer.startSheet(new SheetLayout(label.apply("salesExport.sheet.months", new Object[0]), List.of(
                col(label, "salesExport.col.month", TEXT), col(label, "salesExport.col.orders", INTEGER),
                col(label, "salesExport.col.creditNotes", INTEGER), col(label, "salesExport.col.net", MONEY), col(label, "salesExport.col.vat", MONEY),
                col(label, "salesExport.col.gross", MONEY))));
        for (SalesExport.Month m : export.months()) {
            writer.row(Arrays.asList(m.month().toString(), m.orders(), m.creditNotes(), m.net(), m.vat(), m.gross()));
        }
        if (export.documents().isEmpty()) {
            writer.row(List.of(label.apply("salesExport.none", new Object[0])));
        }
    }

    private static SheetColumn col(BiFunction<String, Object[], String> label, String key, CellType type) {
        return SheetColumn.of(label.apply(key, new Object[0]), type);
    }
}

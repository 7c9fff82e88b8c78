package it.ordo.application.reporting;

import static it.ordo.application.reporting.CellType.INTEGER;
import static it.ordo.application.reporting.CellType.MONEY;
import static it.ordo.application.reporting.CellType.PERCENT;
import static it.ordo.application.reporting.CellType.QUANTITY;
import static it.ordo.application.reporting.CellType.TEXT;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A sales report as a sheet: one row per group and a last row with the
 * period's totals, the same figures as the printed report. Labels come from
 * the caller's resource bundle.
 */
public final class SalesReportWorkbook {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SalesReportWorkbook() {
    }

    public static void write(SalesReport report, SpreadsheetWriter writer,
                             BiFunction<String, Object[], String> label) throws IOException {
        String by = report.grouping().name();
        writer.startSheet(new SheetLayout(label.apply("salesReport.sheet." + by, new Object[0]), List.of(
                col(label, "salesReport.col.key." + by, TEXT), col(label, "salesReport.col.name", TEXT),
                col(label, "salesExport.col.orders", INTEGER), col(label, "salesExport.col.quantity", QUANTITY),
                col(label, "salesExport.col.net", MONEY), col(label, "salesReport.col.cost", MONEY),
                col(label, "salesReport.col.margin", MONEY), col(label, "salesReport.col.share", PERCENT)),
                List.of(new SheetLayout.Filter(label.apply("salesExport.filter.from", new Object[0]),
                                report.period().from().toString()),
                        new SheetLayout.Filter(label.apply("salesExport.filter.to", new Object[0]),
                                report.period().to().toString()))));
        for (SalesGroup g : report.groups()) {
            writer.row(Arrays.asList(g.key(), g.name(), g.orders(), g.quantity(), g.net(), g.cost(), g.margin(),
                    g.share().multiply(HUNDRED)));
        }
        SalesTotals t = report.totals();
        writer.row(Arrays.asList(label.apply("salesReport.total", new Object[0]), null, t.orders(), null, t.net(),
                t.cost(), t.margin(), t.orders() == 0 ? null : HUNDRED));
    }

    private static SheetColumn col(BiFunction<String, Object[], String> label, String key, CellType type) {
        return SheetColumn.of(label.apply(key, new Object[0]), type);
    }
}

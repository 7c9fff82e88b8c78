package it.ordo.application.reporting;

import static it.ordo.application.reporting.CellType.INTEGER;
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
 * The fulfilment report as sheets, the same figures as the printed report:
 * one row per warehouse and carrier and a last row for all shipments (hours
 * as numbers with their decimal), then on time in full and the backorders by
 * age. Labels come from the caller's resource bundle.
 */
public final class FulfilmentReportWorkbook {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FulfilmentReportWorkbook() {
    }

    public static void write(FulfilmentReport report, SpreadsheetWriter writer,
                             BiFunction<String, Object[], String> label) throws IOException {
        List<SheetLayout.Filter> filters = new ArrayList<>(List.of(
                new SheetLayout.Filter(text(label, "salesExport.filter.from"), report.period().from().toString()),
                new SheetLayout.Filter(text(label, "salesExport.filter.to"), report.period().to().toString())));
        if (report.warehouse() != null) {
            filters.add(new SheetLayout.Filter(text(label, "fulfilmentReport.col.warehouse"), report.warehouse()));
        }
        writer.startSheet(new SheetLayout(text(label, "fulfilmentReport.sheet.shipments"), List.of(
                col(label, "fulfilmentReport.col.warehouse", TEXT), col(label, "fulfilmentReport.col.carrier", TEXT),
                col(label, "fulfilmentReport.col.shipments", INTEGER),
                col(label, "fulfilmentReport.col.medianShip", QUANTITY),
                col(label, "fulfilmentReport.col.p90Ship", QUANTITY),
                col(label, "fulfilmentReport.col.delivered", INTEGER),
                col(label, "fulfilmentReport.col.medianDeliver", QUANTITY),
                col(label, "fulfilmentReport.col.p90Deliver", QUANTITY)), filters));
        for (FulfilmentGroup g : report.groups()) {
            writer.row(Arrays.asList(g.warehouse(), g.carrier() == null ? text(label, "fulfilmentReport.ownTransport")
                    : g.carrier(), g.shipments(), g.medianHoursToShip(), g.p90HoursToShip(), g.delivered(),
                    g.medianHoursToDeliver(), g.p90HoursToDeliver()));
        }
        FulfilmentGroup t = report.total();
        writer.row(Arrays.asList(text(label, "fulfilmentReport.total"), null, t.shipments(), t.medianHoursToShip(),
                t.p90HoursToShip(), t.delivered(), t.medianHoursToDeliver(), t.p90HoursToDeliver()));

        writer.startSheet(new SheetLayout(text(label, "fulfilmentReport.sheet.promises"), List.of(
                col(label, "fulfilmentReport.col.what", TEXT), col(label, "fulfilmentReport.col.orders", INTEGER),
                col(label, "fulfilmentReport.col.of", INTEGER), col(label, "fulfilmentReport.col.rate", PERCENT),
                col(label, "fulfilmentReport.col.oldestDays", INTEGER))));
        OnTimeInFull otif = report.onTimeInFull();
        writer.row(Arrays.asList(text(label, "fulfilmentReport.otif"), otif.kept(), otif.promised(),
                otif.rate() == null ? null : otif.rate().multiply(HUNDRED), null));
        for (BackorderAge age : report.backorders()) {
            writer.row(Arrays.asList(text(label, "fulfilmentReport.backorders." + age.bucket().name()), age.orders(),
                    null, null, age.oldestDays()));
        }
    }

    private static String text(BiFunction<String, Object[], String> label, String key) {
        return label.apply(key, new Object[0]);
    }

    private static SheetColumn col(BiFunction<String, Object[], String> label, String key, CellType type) {
        return SheetColumn.of(text(label, key), type);
    }
}

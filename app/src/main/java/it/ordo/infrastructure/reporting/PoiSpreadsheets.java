package it.ordo.infrastructure.reporting;

import it.ordo.application.reporting.SpreadsheetFormat;
import it.ordo.application.reporting.SpreadsheetWriter;
import it.ordo.application.reporting.Spreadsheets;
import java.io.OutputStream;
import java.time.ZoneId;

/** Spreadsheets as .xlsx through Apache POI's streaming workbook, or as CSV through Commons CSV. */
public final class PoiSpreadsheets implements Spreadsheets {

    @Override
    public SpreadsheetWriter writer(SpreadsheetFormat format, OutputStream out, ZoneId zone) {
        return switch (format) {
            case XLSX -> new XlsxSheetWriter(out, zone);
            case CSV -> new CsvSheetWriter(out, zone);
        };
    }
}

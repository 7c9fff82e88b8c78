package it.ordo.application.reporting;

import java.util.Locale;

/** The file formats a table is exported to. */
public enum SpreadsheetFormat {
    /** Office Open XML, streamed: opens in Excel and LibreOffice with real types. */
    XLSX,
    /** Comma-separated text for the accounting software (UTF-8 with a byte-order mark, so Excel reads accents). */
    CSV;

    public String extension() {
        return "." + name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name asks for: .csv is CSV, anything else .xlsx. */
    public static SpreadsheetFormat of(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : XLSX;
    }
}

package it.ordo.application.reporting;

import java.io.OutputStream;
import java.time.ZoneId;

/**
 * Makes spreadsheet writers on this workstation. The desktop and the command
 * line get it beside the services; its implementation (Apache POI, Commons
 * CSV) lives in the infrastructure.
 */
public interface Spreadsheets {

    /** A writer of {@code format} onto {@code out}; moments are shown in {@code zone}. Closing it closes {@code out}. */
    SpreadsheetWriter writer(SpreadsheetFormat format, OutputStream out, ZoneId zone);
}

package it.ordo.application.reporting;

import java.time.ZoneId;
import java.util.Locale;

/** Prints a management report's tables as A4 PDF bytes. Implemented with JasperReports in infrastructure. */
public interface ManagementReportRenderer {

    byte[] render(PrintedReport report, Locale locale, ZoneId zone);
}

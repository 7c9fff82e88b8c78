package it.ordo.application.reporting;

import java.time.ZoneId;

/** Prints a sales or fulfilment report as PDF bytes, in Italian or English. Implemented with JasperReports in infrastructure. */
public interface SalesReportRenderer {

    byte[] renderSalesReport(SalesReport report, String language, ZoneId zone);

    byte[] renderFulfilmentReport(FulfilmentReport report, String language, ZoneId zone);
}

package it.ordo.application.reporting;

/**
 * Managers' reports of a period's sales (VIEW_MANAGEMENT_FIGURES), as
 * figures for the screen and Excel or as a PDF to print or save.
 */
public interface SalesReportService {

    /** The period's sales grouped by {@code grouping}. */
    SalesReport sales(SalesGrouping grouping, SalesPeriod period);

    /** The same report printed: A4 PDF in {@code language} ("it" or "en"). */
    byte[] salesPdf(SalesGrouping grouping, SalesPeriod period, String language);
}

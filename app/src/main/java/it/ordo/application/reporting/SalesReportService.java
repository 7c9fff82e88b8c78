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

    /**
     * Order fulfilment in the period, of one warehouse (its code) or of all
     * ({@code warehouse} null): times from order to shipment and delivery by
     * warehouse and carrier, on time in full, open backorders by age.
     */
    FulfilmentReport fulfilment(SalesPeriod period, String warehouse);

    /** The fulfilment report printed: A4 PDF in {@code language} ("it" or "en"). */
    byte[] fulfilmentPdf(SalesPeriod period, String warehouse, String language);
}

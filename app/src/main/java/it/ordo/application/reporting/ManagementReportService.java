package it.ordo.application.reporting;

/**
 * Managers' reports of returns, customer-care tickets and stock
 * (VIEW_MANAGEMENT_FIGURES), as figures for the screen and Excel or as a PDF
 * to print or save. A warehouse is given by its code; null or blank is all.
 */
public interface ManagementReportService {

    /** Return rate and reasons by product and by customer in the period. */
    ReturnsReport returns(SalesPeriod period, String warehouse);

    /** The returns report printed: A4 PDF in {@code language} ("it" or "en"). */
    byte[] returnsPdf(SalesPeriod period, String warehouse, String language);

    /** Tickets opened in the period by category: volume, service level kept, time to resolve; open past due now. */
    TicketsReport tickets(SalesPeriod period);

    /** The tickets report printed: A4 PDF in {@code language}. */
    byte[] ticketsPdf(SalesPeriod period, String language);

    /** Stock today: value at cost, slow movers (no DDT in {@code slowDays} days), below reorder point. */
    StockReport stock(String warehouse, int slowDays);

    /** The stock report printed: A4 PDF in {@code language}. */
    byte[] stockPdf(String warehouse, int slowDays, String language);
}

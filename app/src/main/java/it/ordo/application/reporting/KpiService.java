package it.ordo.application.reporting;

/** The KPI dashboard's figures (VIEW_MANAGEMENT_FIGURES), and one customer's figures of the year. */
public interface KpiService {

    /** Every tile's figure as of now, read in one transaction. */
    Dashboard dashboard();

    /**
     * The tiles that need no order line, as of now (VIEW_MANAGEMENT_FIGURES): what the dashboard paints first
     * while {@link #dashboard} totals the lines. The same figures as {@link Dashboard#headline} of a reading made
     * at the same moment.
     */
    DashboardHeadline headline();

    /**
     * A customer's last twelve months (VIEW_ORDERS; a sales agent only for their own customers): sales,
     * average order, returns, late deliveries and open tickets, by the dashboard's and the reports' definitions;
     * cost and margin only for who may see management figures.
     */
    CustomerFigures customerYear(String customerCode);
}

package it.ordo.application.reporting;

/** The KPI dashboard's figures (VIEW_MANAGEMENT_FIGURES), and one customer's figures of the year. */
public interface KpiService {

    /** Every tile's figure as of now, read in one transaction. */
    Dashboard dashboard();

    /**
     * A customer's last twelve months (VIEW_ORDERS; a sales agent only for their own customers): sales,
     * average order, returns, late deliveries and open tickets, by the dashboard's and the reports' definitions;
     * cost and margin only for who may see management figures.
     */
    CustomerFigures customerYear(String customerCode);
}

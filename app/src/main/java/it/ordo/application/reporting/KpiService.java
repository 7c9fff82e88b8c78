package it.ordo.application.reporting;

/** The KPI dashboard's figures (VIEW_MANAGEMENT_FIGURES). */
public interface KpiService {

    /** Every tile's figure as of now, read in one transaction. */
    Dashboard dashboard();
}

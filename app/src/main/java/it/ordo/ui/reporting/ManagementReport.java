package it.ordo.ui.reporting;

/** The managers' reports the Reports screen makes from titled tables: returns, tickets, stock. */
public enum ManagementReport {
    RETURNS, TICKETS, STOCK
}

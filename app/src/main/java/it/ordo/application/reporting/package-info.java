/**
 * Reporting: documents (order confirmations), exports of lists and of the
 * accounting period, management reports and the KPIs they share. Each figure
 * is computed once ({@code SalesFigures}) and shown the same on screen, on
 * paper and in Excel.
 */
package it.ordo.application.reporting;

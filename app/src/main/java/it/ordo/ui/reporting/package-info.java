/**
 * The desktop's side of reporting: exporting any list to Excel in the
 * background (one writer, one action for every list), the accountants'
 * period export, the management reports and the KPI dashboard.
 */
package it.ordo.ui.reporting;

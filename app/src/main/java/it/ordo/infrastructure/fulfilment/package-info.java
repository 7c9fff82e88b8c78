/**
 * The warehouse's documents and printers: DDT, pick list and parcel labels
 * with JasperReports, labels as ZPL II for thermal printers, and raw or PDF
 * printing through javax.print.
 */
package it.ordo.infrastructure.fulfilment;

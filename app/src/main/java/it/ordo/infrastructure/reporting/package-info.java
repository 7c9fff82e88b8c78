/**
 * Printed documents made with JasperReports: the order confirmation today. The templates are
 * designed and compiled in the {@code reports} module so that the installed application never
 * needs a Java compiler; this package only loads the compiled {@code .jasper} files from the
 * classpath, turns application records into report parameters and rows, and exports PDF.
 */
package it.ordo.infrastructure.reporting;

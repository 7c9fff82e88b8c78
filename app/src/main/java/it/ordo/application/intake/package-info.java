/**
 * Order intake from customers' Excel and CSV files: the file's columns mapped to Ordo's fields, every row
 * checked and priced before anything is written (the same quote New order shows), each order then placed
 * through the one order path, and the same file imported again recognised. Files are read on the
 * workstation ({@link it.ordo.application.intake.IntakeFiles}); the service takes their rows as records.
 */
package it.ordo.application.intake;

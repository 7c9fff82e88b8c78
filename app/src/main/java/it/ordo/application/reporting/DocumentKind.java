package it.ordo.application.reporting;

/** What a row of the accounting export's documents is: a sale, or a credit note from a return (negative). */
public enum DocumentKind {
    ORDER, CREDIT_NOTE
}

package it.ordo.application.reporting;

/**
 * What a column of an exported table holds, so the spreadsheet gets a real
 * cell type and format: accountants sum and filter the numbers and dates
 * instead of retyping text.
 */
public enum CellType {
    /** Text as written; never run as a formula. */
    TEXT,
    /** A whole number (a count, a line number). */
    INTEGER,
    /** A quantity with up to three decimals (kilograms, metres). */
    QUANTITY,
    /** Euro, two decimals. */
    MONEY,
    /** A percentage held as its number (22 for 22 %), shown with the % format. */
    PERCENT,
    /** A calendar day. */
    DATE,
    /** A moment, shown in the company's time zone. */
    TIMESTAMP,
    /** Yes or no. */
    BOOLEAN
}

package it.ordo.application.intake;

/** How a row of the file stands before anything is written. */
public enum RowStatus {
    VALID,
    /** It will be ordered, but something differs from the file (price, date) or may not be there. */
    WARNING,
    /** It cannot be ordered as it is: its order is refused until the row is fixed or skipped. */
    ERROR,
    /** The operator left it out. */
    SKIPPED
}

package it.ordo.application.intake;

/** Why a row is a warning or an error; with the field (hence the cell) it is about. */
public enum RowProblem {
    // errors
    UNKNOWN_CUSTOMER(true),
    NO_CUSTOMER(true),
    NO_PRODUCT(true),
    UNKNOWN_PRODUCT(true),
    UNKNOWN_ARTICLE(true),
    BAD_EAN(true),
    INACTIVE_PRODUCT(true),
    NOT_A_NUMBER(true),
    BAD_QUANTITY(true),
    BAD_DATE(true),
    BAD_TEXT(true),
    DUPLICATE_ORDER(true),
    // warnings
    PRICE_DIFFERS(false),
    PROMISED_LATER(false),
    NOT_AVAILABLE(false);

    private final boolean error;

    RowProblem(boolean error) {
        this.error = error;
    }

    public boolean error() {
        return error;
    }
}

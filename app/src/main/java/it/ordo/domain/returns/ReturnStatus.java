package it.ordo.domain.returns;

/**
 * A return's life. REQUESTED when customer service writes down what the customer wants to send back (the RMA
 * number is drawn then, so every request keeps its number, refused or not, and the series has no hole); then
 * AUTHORISED (the customer gets the number and the label) or REFUSED with a reason. RECEIVED when the parcel is
 * scanned at the warehouse; INSPECTED when every line has its outcome (back to stock, quarantine, scrap). Then
 * closed as the customer wished: CREDITED when the money goes back with a credit note, REPLACED when a
 * replacement order is placed, REPAIRED when the repair is recorded (no money moves).
 */
public enum ReturnStatus {
    REQUESTED, AUTHORISED, REFUSED, RECEIVED, INSPECTED, CREDITED, REPLACED, REPAIRED;

    /** Settled as the customer wished: nothing more happens to the return. */
    public boolean settled() {
        return this == CREDITED || this == REPLACED || this == REPAIRED;
    }

    /** Nothing more happens to it: settled, or refused. */
    public boolean closed() {
        return settled() || this == REFUSED;
    }
}

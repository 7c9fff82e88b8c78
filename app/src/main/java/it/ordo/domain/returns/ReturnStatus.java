package it.ordo.domain.returns;

/**
 * AUTHORISED when the RMA number is given; RECEIVED when the goods are back at the warehouse and inspected;
 * then settled as the customer wished: CREDITED when the money is given back with a credit note, REPLACED
 * when a replacement order is placed, REPAIRED when the repair is recorded (no money moves).
 */
public enum ReturnStatus {
    AUTHORISED, RECEIVED, CREDITED, REPLACED, REPAIRED;

    /** Settled: nothing more happens to the return. */
    public boolean settled() {
        return this == CREDITED || this == REPLACED || this == REPAIRED;
    }
}

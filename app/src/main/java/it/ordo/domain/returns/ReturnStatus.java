package it.ordo.domain.returns;

/**
 * AUTHORISED when the RMA number is given; RECEIVED when the goods are back at the warehouse; CREDITED when
 * the customer's money is given back with a credit note.
 */
public enum ReturnStatus {
    AUTHORISED, RECEIVED, CREDITED
}

package it.ordo.domain.returns;

/** AUTHORISED when the RMA number is given; RECEIVED when the goods are back at the warehouse. */
public enum ReturnStatus {
    AUTHORISED, RECEIVED
}

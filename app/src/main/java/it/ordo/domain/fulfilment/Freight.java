package it.ordo.domain.fulfilment;

/** Porto: who pays the transport. */
public enum Freight {
    /** Franco: the sender pays. */
    PREPAID,
    /** Assegnato: the recipient pays. */
    COLLECT
}

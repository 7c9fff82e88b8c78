package it.ordo.domain.fulfilment;

/** Who moves the goods ("trasporto a cura del"), as the DDT must say. */
public enum TransportBy {
    /** Mittente: the company's own vans. */
    SENDER,
    /** Destinatario: the customer collects. */
    RECIPIENT,
    /** Vettore: a carrier, named on the DDT with its address. */
    CARRIER
}

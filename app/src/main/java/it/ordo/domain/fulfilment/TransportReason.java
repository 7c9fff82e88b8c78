package it.ordo.domain.fulfilment;

/** The causale del trasporto printed on the DDT. */
public enum TransportReason {
    /** Vendita. */
    SALE,
    /** Reso. */
    RETURN,
    /** Conto visione. */
    APPROVAL,
    /** Conto lavorazione. */
    PROCESSING,
    /** Omaggio. */
    GIFT
}

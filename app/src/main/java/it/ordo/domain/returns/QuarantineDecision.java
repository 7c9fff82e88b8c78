package it.ordo.domain.returns;

/** What becomes of goods held in quarantine once they are judged. */
public enum QuarantineDecision {
    /** Sellable after all: back to on hand. */
    RELEASE,
    /** Unusable: written off at the product's unit cost. */
    SCRAP
}

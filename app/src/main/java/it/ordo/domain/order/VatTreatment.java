package it.ordo.domain.order;

/**
 * How VAT applies to an order, stored on the order so that a later change of the customer never rewrites a
 * confirmed one. Each exemption carries the nature code of the Italian electronic invoice (FatturaPA
 * {@code Natura}) and the law it rests on; the wording printed on documents is in the messages bundles under
 * {@link #noteKey()}, in Italian and English.
 */
public enum VatTreatment {
    /** Italian VAT at the product's rate, collected from the customer (businesses and consumers alike). */
    DOMESTIC(null, "", true, true),
    /** Public administration: VAT at the product's rate is shown but paid by the buyer to the Treasury. */
    SPLIT_PAYMENT(null, "art. 17-ter D.P.R. 633/1972", true, false),
    /** Goods exported outside the EU: non-taxable. */
    EXPORT("N3.1", "art. 8, c. 1, lett. a) D.P.R. 633/1972", false, false),
    /** Goods to a business registered for VAT in another EU state: non-taxable intra-EU supply. */
    INTRA_EU("N3.2", "art. 41 D.L. 331/1993", false, false),
    /** A habitual exporter buying within its declaration of intent (plafond): non-taxable. */
    INTENT_DECLARATION("N3.5", "art. 8, c. 1, lett. c) D.P.R. 633/1972", false, false);

    private final String natureCode;
    private final String lawReference;
    private final boolean taxed;
    private final boolean vatCollected;

    VatTreatment(String natureCode, String lawReference, boolean taxed, boolean vatCollected) {
        this.natureCode = natureCode;
        this.lawReference = lawReference;
        this.taxed = taxed;
        this.vatCollected = vatCollected;
    }

    /** FatturaPA nature code of a non-taxable supply (N3.1, N3.2, N3.5); null when VAT is charged. */
    public String natureCode() {
        return natureCode;
    }

    /** The law the treatment rests on, as cited on documents; empty for plain domestic VAT. */
    public String lawReference() {
        return lawReference;
    }

    /** Whether lines carry VAT at the product's rate (otherwise at 0 with the nature code). */
    public boolean taxed() {
        return taxed;
    }

    /** Whether the VAT shown is part of what the customer pays (not under split payment). */
    public boolean vatCollected() {
        return vatCollected;
    }

    /** The VAT rate a line gets for a product of {@code productRate}. */
    public java.math.BigDecimal lineRate(java.math.BigDecimal productRate) {
        return taxed ? productRate : java.math.BigDecimal.ZERO;
    }

    /** Bundle key of the legal note printed on documents; its one argument is the order's VAT reference. */
    public String noteKey() {
        return "vat.note." + name();
    }

    /** Bundle key of the treatment's short name, as shown beside the customer. */
    public String labelKey() {
        return "vat.treatment." + name();
    }
}

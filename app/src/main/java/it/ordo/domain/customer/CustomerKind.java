package it.ordo.domain.customer;

/**
 * Who the customer is for tax purposes: it decides which identity codes are required and, with the
 * delivery country, the VAT treatment of its orders.
 */
public enum CustomerKind {
    /** An Italian company: Partita IVA required. */
    IT_BUSINESS,
    /** An Italian person or sole trader: Codice Fiscale required, Partita IVA when trading. */
    IT_PERSON,
    /** An Italian public body: Codice Fiscale and the office code for electronic invoices; split payment. */
    PUBLIC_ADMINISTRATION,
    /** A business registered for VAT in another EU country: its VAT number with the country prefix. */
    EU_BUSINESS,
    /** A business outside the EU: its foreign tax identifier if it gives one. */
    NON_EU_BUSINESS,
    /** A private consumer (web shop): no tax code needed, always Italian VAT. */
    CONSUMER;

    /** Whether the kind is a business buyer (B2B) rather than a private consumer. */
    public boolean business() {
        return this != CONSUMER;
    }
}

package it.ordo.domain.pricing;

/** What a discount rule is keyed on. */
public enum DiscountKind {
    /** Customer tier A/B/C. */
    TIER,
    /** Product category. */
    CATEGORY,
    /** Order net value from a threshold. */
    ORDER_VALUE,
    /** A product or a category, within a date range. */
    PROMOTION
}

package it.ordo.domain.customer;

/** The columns the customer list can be sorted by; the repository maps each to a fixed query path. */
public enum CustomerSort {
    CODE, NAME, CITY, VAT_NUMBER, TIER, CREDIT_LIMIT, BLOCKED
}

package it.ordo.domain.customer;

/** Strategic value of a customer: A first when stock is short, then B, then C. */
public enum Tier {
    A, B, C
}

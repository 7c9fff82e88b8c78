package it.ordo.domain.pricing;

/** A price list the calculator may take a price from, with its place in the precedence. */
public record CandidateList(PriceList list, PriceSource source) {
}

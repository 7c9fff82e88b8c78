package it.ordo.domain.customer;

import java.time.Instant;

/**
 * Who checked an EU customer's VAT number on the Commission's VIES service, and when. The check is made by a
 * person on the public web page (the application makes no online call); the record is what an auditor asks for
 * when an invoice went out as a non-taxable intra-EU supply.
 */
public record ViesConfirmation(String confirmedBy, Instant confirmedAt) {

    public ViesConfirmation {
        if (confirmedBy == null || confirmedBy.isBlank() || confirmedAt == null) {
            throw new IllegalArgumentException("A VIES confirmation needs who and when");
        }
    }
}

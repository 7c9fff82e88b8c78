package it.ordo.domain;

import jakarta.persistence.Embeddable;

/** A postal address; copied onto orders so a later change of the customer's data does not rewrite history. */
@Embeddable
public record Address(String street, String postalCode, String city, String province, String country) {

    public String oneLine() {
        return street + ", " + postalCode + " " + city + (province == null ? "" : " (" + province + ")")
                + ("IT".equals(country) ? "" : ", " + country);
    }
}

package it.ordo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressTest {

    @Test
    void anItalianAddressOnOneLineNamesTheProvinceButNotTheCountry() {
        Address address = new Address("Via Roma 1", "20121", "Milano", "MI", "IT");

        assertThat(address.oneLine()).isEqualTo("Via Roma 1, 20121 Milano (MI)");
    }

    @Test
    void aForeignAddressNamesItsCountryAndNoProvince() {
        Address address = new Address("Bahnhofstrasse 3", "8001", "Zürich", null, "CH");

        assertThat(address.oneLine()).isEqualTo("Bahnhofstrasse 3, 8001 Zürich, CH");
    }
}

package it.ordo.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostalCodesTest {

    @ParameterizedTest
    @CsvSource({"IT, 20121, MI", "IT, 00184, ", "DE, 10115, ", "FR, 75008, ", "ES, 28013, ", "AT, 1010, ",
            "BE, 1000, ", "NL, 1012 AB, ", "NL, 1012AB, ", "PT, 1100-148, ", "PL, 00-950, ", "SE, 111 22, ",
            "DK, 1050, ", "IE, D02 X285, ", "LU, L-1111, ", "CH, 8001, ", "GB, SW1A 1AA, ", "US, 10001-1234, ",
            "JP, 100-0001, ", "GR, 105 57, "})
    void acceptsEachCountrysOwnFormat(String country, String code, String province) {
        assertThat(PostalCodes.problem(country, code, province)).as(country + " " + code).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"IT, 2012, IT", "IT, ABCDE, IT", "DE, 1011, DE", "FR, 7500, FR", "ES, 99013, ES", "AT, 10100, AT",
            "NL, 0123 AB, NL", "PT, 1100148, PT", "PL, 00950, PL", "CH, 80011, CH", "GB, 12345, GB",
            "US, 1000, US"})
    void refusesAnotherFormatNamingCountryAndExample(String country, String code, String named) {
        Message problem = PostalCodes.problem(country, code, null).orElseThrow();
        assertThat(problem.key()).isEqualTo("customer.postalCode.format");
        assertThat(problem.args().get(1)).isEqualTo(named);
    }

    @org.junit.jupiter.api.Test
    void theItalianProvinceRuleAppliesOnlyToItaly() {
        assertThat(PostalCodes.problem("IT", "20121", "Milano")).map(Message::key).contains("customer.province.invalid");
        assertThat(PostalCodes.problem("US", "10001", "NY")).isEmpty();
        assertThat(PostalCodes.problem("Italy", "20121", null)).map(Message::key).contains("customer.country.invalid");
    }
}

package it.ordo.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EuVatNumberTest {

    /** Real-format numbers of every EU country: published example numbers, check digits worked out by hand. */
    @ParameterizedTest
    @ValueSource(strings = {"ATU13585627", "BE0403019261", "BG175074752", "CY10259033P", "CZ25123891", "DE811907980",
            "DE136695976", "DK13585628", "EE100931558", "EL094259216", "ESA13585625", "ES54362315K", "ESX5253868R",
            "FI20774740", "FR40303265045", "HR33392005961", "HU12892312", "IE6433435F", "IE8Z49289F", "IE3628739UA",
            "IT00743110157", "LT119511515", "LU15027442", "LV40003521600", "MT11679112", "NL004495445B01",
            "NL000099998B57", "PL8567346215", "PT501964843", "RO18547290", "SE123456789701", "SI50223054",
            "SK2022749619"})
    void acceptsValidNumbersOfEveryMemberState(String vat) {
        assertThat(EuVatNumber.problem(vat)).as(vat).isEmpty();
        assertThat(EuVatNumber.of(vat)).hasToString(vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE811907981", "ATU13585626", "BE0403019262", "DK13585627", "EE100931559", "ESA13585626",
            "ES54362315T", "FI20774741", "FR41303265045", "HR33392005962", "HU12892313", "IE6433435G", "IT00743110158",
            "LU15027443", "NL004495446B01", "PL8567346216", "PT501964844", "SE123456789801", "SI50223055",
            "SK2022749618"})
    void refusesAWrongCheckDigit(String vat) {
        assertThat(EuVatNumber.problem(vat)).as(vat).map(Message::key).contains("customer.euVatNumber.checkDigit");
    }

    @ParameterizedTest
    @CsvSource({"DE81190798, DE, DE123456789", "ATU1358562, AT, ATU12345678", "FR4030326504, FR, FR12345678901",
            "NL004495445X01, NL, NL123456789B01", "PT50196484, PT, PT123456789", "SE1234567897, SE, SE123456789001",
            "ESA1358562, ES, ESA1234567B", "PL856734621, PL, PL1234567890"})
    void refusesTheWrongLengthNamingTheCountryFormat(String vat, String country, String example) {
        Message problem = EuVatNumber.problem(vat).orElseThrow();
        assertThat(problem.key()).isEqualTo("customer.euVatNumber.format");
        assertThat(problem.args()).containsExactly(vat, country, example);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GR094259216", "CH123456789", "XX123", "1", "811907980"})
    void refusesAPrefixThatIsNoEuCountry(String vat) {
        assertThat(EuVatNumber.problem(vat)).map(Message::key).contains("customer.euVatNumber.prefix");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de 811 907 980", "DE-811.907.980", " de811907980 "})
    void toleratesCaseBlanksAndPunctuation(String raw) {
        EuVatNumber vat = EuVatNumber.of(raw);
        assertThat(vat.country()).isEqualTo("DE");
        assertThat(vat.number()).isEqualTo("811907980");
    }

    @org.junit.jupiter.api.Test
    void greeceUsesElForIsoGr() {
        assertThat(EuVatNumber.of("EL094259216").isoCountry()).isEqualTo("GR");
        assertThat(EuVatNumber.prefixFor("GR")).isEqualTo("EL");
    }

    @org.junit.jupiter.api.Test
    void theExceptionNamesTheNumber() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> EuVatNumber.of("DE811907981"));
        assertThat(e.key()).isEqualTo("customer.euVatNumber.checkDigit");
        assertThat(e.args()).containsExactly("DE811907981");
    }
}

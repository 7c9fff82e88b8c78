package it.ordo.domain.customer;

import it.ordo.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CodiceFiscaleTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "RSSMRA85T10A562S", // the textbook Mario Rossi
        "MRTMTT25D09F205Z",
        "BNZVCN32S10E573Z",
        "RSSMRA85T10A56NH", // omocodia: last municipality digit 2 -> N
        "RSSMRA85T10A5S2E"  // omocodia: 6 -> S
    })
    void acceptsValidPersonalCodes(String code) {
        assertThat(CodiceFiscale.isValid(code)).isTrue();
        CodiceFiscale cf = CodiceFiscale.of(code);
        assertThat(cf.value()).isEqualTo(code);
        assertThat(cf).hasToString(code);
        assertThat(cf.isNumeric()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A562S", "MRTMTT25D09F205Z", "RSSMRA85T10A56NH"})
    void rejectsEveryOtherCheckCharacter(String code) {
        char right = code.charAt(15);
        IntStream.rangeClosed('A', 'Z').filter(c -> c != right).forEach(c -> {
            String wrong = code.substring(0, 15) + (char) c;
            assertThat(CodiceFiscale.isValid(wrong)).as(wrong).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"rssmra85t10a562s", " RSSMRA85T10A562S ", "RssMra85t10A562s"})
    void upperCasesAndTrims(String raw) {
        assertThat(CodiceFiscale.isValid(raw)).isTrue();
        assertThat(CodiceFiscale.of(raw).value()).isEqualTo("RSSMRA85T10A562S");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00743110157", "01114601006"})
    void acceptsCompanyNumericCodes(String code) {
        assertThat(CodiceFiscale.isValid(code)).isTrue();
        CodiceFiscale cf = CodiceFiscale.of(code);
        assertThat(cf.value()).isEqualTo(code);
        assertThat(cf.isNumeric()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "  ",
        "RSSMRA85T10A562T",   // wrong check character
        "RSSMRA85T10A562",    // 15 characters
        "RSSMRA85T10A562SS",  // 17 characters
        "RSSMRA85F10A562R",   // F is not a month letter (check character is right)
        "RSSMRA8AT10A562N",   // A is not an omocodia letter (check character is right)
        "RSSMRA85T10A56KP",   // K is not an omocodia letter (check character is right)
        "1SSMRA85T10A562K",   // digit in the surname part (check character is right)
        "RSSMRA85T10A562-",
        "RSS MRA85T10A562S",  // inner space
        "00743110158",        // company code with wrong check digit
        "00000000000",        // all zeros
        "IT00743110157",      // the VAT prefix belongs to the partita IVA, not here
        "0074311015",         // 10 digits
        "0074311015A"
    })
    void rejectsInvalidInput(String raw) {
        assertThat(CodiceFiscale.isValid(raw)).isFalse();
        assertThatThrownBy(() -> CodiceFiscale.of(raw)).isInstanceOf(DomainException.class);
    }

    @Test
    void exceptionCarriesKeyAndRawInput() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> CodiceFiscale.of("rssmra85t10a562t"));
        assertThat(e.key()).isEqualTo("customer.fiscalCode.invalid");
        assertThat(e.args()).containsExactly("rssmra85t10a562t");
    }

    @Test
    void nullInputGivesDomainExceptionNotNpe() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> CodiceFiscale.of(null));
        assertThat(e.key()).isEqualTo("customer.fiscalCode.invalid");
    }

    @Test
    void constructorRefusesUnnormalisedOrInvalidValues() {
        assertThat(new CodiceFiscale("RSSMRA85T10A562S").value()).isEqualTo("RSSMRA85T10A562S");
        assertThatThrownBy(() -> new CodiceFiscale("rssmra85t10a562s")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new CodiceFiscale("RSSMRA85T10A562T")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new CodiceFiscale(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void valueEquality() {
        assertThat(CodiceFiscale.of("rssmra85t10a562s")).isEqualTo(CodiceFiscale.of("RSSMRA85T10A562S"));
        assertThat(CodiceFiscale.of("RSSMRA85T10A562S")).isNotEqualTo(CodiceFiscale.of("RSSMRA85T10A56NH"));
    }
}

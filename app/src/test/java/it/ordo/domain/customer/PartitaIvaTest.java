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

class PartitaIvaTest {

    /** Publicly known numbers, each checked by hand against the algorithm. */
    @ParameterizedTest
    @ValueSource(strings = {"00743110157", "01114601006", "12345678903", "07643520567", "02839750995", "00488410010"})
    void acceptsRealNumbers(String vat) {
        assertThat(PartitaIva.isValid(vat)).isTrue();
        assertThat(PartitaIva.of(vat).value()).isEqualTo(vat);
        assertThat(PartitaIva.of(vat)).hasToString(vat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00743110157", "01114601006", "12345678903", "07643520567"})
    void rejectsEveryOtherCheckDigit(String vat) {
        char right = vat.charAt(10);
        IntStream.rangeClosed('0', '9').filter(c -> c != right).forEach(c -> {
            String wrong = vat.substring(0, 10) + (char) c;
            assertThat(PartitaIva.isValid(wrong)).as(wrong).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"IT00743110157", "it00743110157", " 00743110157 ", "IT 00743110157", "007 4311 0157", "\t00743110157\n"})
    void normalisesPrefixAndSpaces(String raw) {
        assertThat(PartitaIva.isValid(raw)).isTrue();
        assertThat(PartitaIva.of(raw).value()).isEqualTo("00743110157");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "IT",
        "00743110156",    // wrong check digit
        "0074311015",     // 10 digits
        "007431101570",   // 12 digits
        "0074311015A",    // letter
        "O0743110157",    // letter O instead of zero
        "00743-110157",   // punctuation
        "FR00743110157",  // another country's prefix
        "00000000000",    // passes the checksum but is never issued
        "٠٠٧٤٣١١٠١٥٧"    // Arabic-Indic digits
    })
    void rejectsInvalidInput(String raw) {
        assertThat(PartitaIva.isValid(raw)).isFalse();
        assertThatThrownBy(() -> PartitaIva.of(raw)).isInstanceOf(DomainException.class);
    }

    @Test
    void exceptionCarriesKeyAndRawInput() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> PartitaIva.of(" IT123 "));
        assertThat(e.key()).isEqualTo("customer.vatNumber.invalid");
        assertThat(e.args()).containsExactly(" IT123 ");
    }

    @Test
    void nullInputGivesDomainExceptionNotNpe() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> PartitaIva.of(null));
        assertThat(e.key()).isEqualTo("customer.vatNumber.invalid");
    }

    @Test
    void constructorRefusesUnnormalisedOrInvalidValues() {
        assertThat(new PartitaIva("00743110157").value()).isEqualTo("00743110157");
        assertThatThrownBy(() -> new PartitaIva("IT00743110157")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PartitaIva("00743110158")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PartitaIva(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void valueEquality() {
        assertThat(PartitaIva.of("IT00743110157")).isEqualTo(PartitaIva.of("00743110157"));
        assertThat(PartitaIva.of("00743110157")).isNotEqualTo(PartitaIva.of("01114601006"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0074311015", "0111460100", "1234567890", "0764352056"})
    void withCheckDigitReproducesKnownNumbers(String first10) {
        String full = PartitaIva.withCheckDigit(first10);
        assertThat(full).startsWith(first10).hasSize(11);
        assertThat(PartitaIva.isValid(full)).isTrue();
    }

    @Test
    void withCheckDigitComputesTheExpectedDigit() {
        assertThat(PartitaIva.withCheckDigit("0074311015")).isEqualTo("00743110157");
        assertThat(PartitaIva.withCheckDigit("0111460100")).isEqualTo("01114601006");
        assertThat(PartitaIva.withCheckDigit("1234567890")).isEqualTo("12345678903");
    }

    @Test
    void withCheckDigitAlwaysProducesValidNumbers() {
        for (int i = 1; i < 5000; i++) {
            String first10 = String.format("%010d", i * 2_000_003L % 10_000_000_000L);
            assertThat(PartitaIva.isValid(PartitaIva.withCheckDigit(first10))).as(first10).isTrue();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"007431101", "00743110157", "007431101A", "0000000000", "٠٠٧٤٣١١٠١٥"})
    void withCheckDigitRejectsBadInput(String first10) {
        assertThatThrownBy(() -> PartitaIva.withCheckDigit(first10)).isInstanceOf(IllegalArgumentException.class);
    }
}

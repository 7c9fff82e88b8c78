package it.ordo.domain.catalog;

import it.ordo.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Ean13Test {

    /** Real barcodes, each checked by hand against the GS1 algorithm. */
    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "5901234123457", "8001505005707", "8000500310427", "8076809513753", "9788804668237"})
    void acceptsRealCodes(String ean) {
        assertThat(Ean13.isValid(ean)).isTrue();
        assertThat(Ean13.of(ean).value()).isEqualTo(ean);
        assertThat(Ean13.of(ean)).hasToString(ean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333931", "5901234123457", "8001505005707", "9788804668237"})
    void rejectsEveryOtherCheckDigit(String ean) {
        char right = ean.charAt(12);
        IntStream.rangeClosed('0', '9').filter(c -> c != right).forEach(c -> {
            String wrong = ean.substring(0, 12) + (char) c;
            assertThat(Ean13.isValid(wrong)).as(wrong).isFalse();
        });
    }

    @Test
    void catchesAdjacentTransposition() {
        // 4006381333931 with the 2nd and 3rd digits swapped differs in weight, so it must fail
        assertThat(Ean13.isValid("4060381333931")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {" 4006381333931", "4006381333931 ", "\t4006381333931\r\n"})
    void trimsSurroundingBlanks(String raw) {
        assertThat(Ean13.isValid(raw)).isTrue();
        assertThat(Ean13.of(raw).value()).isEqualTo("4006381333931");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "4006381333932",   // wrong check digit
        "400638133393",    // 12 digits
        "40063813339310",  // 14 digits
        "036000291452",    // a UPC-A: 12 digits
        "400638133393A",
        "4006381 333931",  // inner space
        "4006381-333931",
        "-400638133393",
        "٤٠٠٦٣٨١٣٣٣٩٣١"    // Arabic-Indic digits
    })
    void rejectsInvalidInput(String raw) {
        assertThat(Ean13.isValid(raw)).isFalse();
        assertThatThrownBy(() -> Ean13.of(raw)).isInstanceOf(DomainException.class);
    }

    @Test
    void exceptionCarriesKeyAndRawInput() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> Ean13.of("4006381333932"));
        assertThat(e.key()).isEqualTo("product.ean.invalid");
        assertThat(e.args()).containsExactly("4006381333932");
    }

    @Test
    void nullInputGivesDomainExceptionNotNpe() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> Ean13.of(null));
        assertThat(e.key()).isEqualTo("product.ean.invalid");
    }

    @Test
    void constructorRefusesInvalidValues() {
        assertThat(new Ean13("4006381333931").value()).isEqualTo("4006381333931");
        assertThatThrownBy(() -> new Ean13(" 4006381333931")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Ean13("4006381333930")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Ean13(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void valueEquality() {
        assertThat(Ean13.of(" 4006381333931")).isEqualTo(Ean13.of("4006381333931"));
        assertThat(Ean13.of("4006381333931")).isNotEqualTo(Ean13.of("5901234123457"));
    }

    @ParameterizedTest
    @CsvSource({
        "400638133393, 4006381333931",
        "590123412345, 5901234123457",
        "800150500570, 8001505005707",
        "978880466823, 9788804668237",
        "000000000000, 0000000000000"
    })
    void withCheckDigitComputesTheExpectedDigit(String first12, String expected) {
        assertThat(Ean13.withCheckDigit(first12)).isEqualTo(expected);
    }

    @Test
    void withCheckDigitAlwaysProducesValidCodes() {
        for (long i = 1; i < 5000; i++) {
            String first12 = String.format("%012d", i * 200_000_033L % 1_000_000_000_000L);
            assertThat(Ean13.isValid(Ean13.withCheckDigit(first12))).as(first12).isTrue();
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"40063813339", "4006381333931", "40063813339A", "٤٠٠٦٣٨١٣٣٣٩٣"})
    void withCheckDigitRejectsBadInput(String first12) {
        assertThatThrownBy(() -> Ean13.withCheckDigit(first12)).isInstanceOf(IllegalArgumentException.class);
    }
}

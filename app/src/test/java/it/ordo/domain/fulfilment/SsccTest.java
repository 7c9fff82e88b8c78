package it.ordo.domain.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The SSCC as GS1 defines it: 18 digits, extension, company prefix, serial, mod-10 check digit. */
class SsccTest {

    /**
     * Worked by hand for 3 8012345 000000042: from the right, 3·(2+0+0+0+0+4+2+0+3) + (4+0+0+0+5+3+1+8)
     * = 33 + 21 = 54, so 6 makes 60.
     */
    private static final String CHECK_42 = "6";

    @Test
    void theCheckDigitIsGs1sMod10() {
        // GS1's own examples of an SSCC (General Specifications, AI 00).
        assertThat(Sscc.checkDigit("10614141123456789")).isEqualTo(7);
        assertThat(Sscc.checkDigit("37610425002123456")).isEqualTo(9);
        assertThat(new Sscc("106141411234567897").value()).isEqualTo("106141411234567897");
    }

    @Test
    void aParcelsSsccIsExtensionPrefixSerialAndCheckDigit() {
        Sscc sscc = Sscc.of(3, "8012345", 42);
        assertThat(sscc.value()).isEqualTo("38012345000000042" + CHECK_42);
        assertThat(sscc.value().substring(8, 17)).isEqualTo("000000042");
        assertThat(sscc.elementString()).isEqualTo("00" + sscc.value());
        assertThat(sscc.humanReadable()).isEqualTo("(00) " + sscc.value());
        // A longer prefix leaves fewer digits to the serial; the code stays 18 digits.
        assertThat(Sscc.of(0, "8012345678", 7).value()).hasSize(18).startsWith("08012345678000007");
    }

    @Test
    void aWrongCheckDigitOrLengthIsNotAnSscc() {
        assertThatThrownBy(() -> new Sscc("106141411234567890"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("sscc.invalid"));
        assertThatThrownBy(() -> new Sscc("10614141123456789"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("sscc.invalid"));
    }

    @Test
    void aPrefixIsSevenToTenDigitsAndTheSerialMustFit() {
        assertThat(Sscc.prefix(" 801 2345 ")).isEqualTo("8012345");
        for (String bad : new String[] {"801234", "80123456789", "80A2345", "", null}) {
            assertThatThrownBy(() -> Sscc.prefix(bad)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.key()).isEqualTo("gs1.prefix.invalid"));
        }
        assertThat(Sscc.of(0, "8012345678", 999_999).value()).hasSize(18);
        assertThatThrownBy(() -> Sscc.of(0, "8012345678", 1_000_000)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("sscc.serial.exhausted"));
        assertThatThrownBy(() -> Sscc.of(10, "8012345", 1)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("sscc.extension.invalid"));
    }

    @Test
    void aWarehouseSeriesIsLettersOtherThanTheCompanys() {
        assertThat(DdtSeries.code(" dmi ")).isEqualTo("DMI");
        assertThat(DdtSeries.counter("DMI")).isEqualTo("DDT-DMI");
        assertThat(DdtSeries.counter(DdtNumber.SERIES)).isEqualTo("DDT");
        for (String bad : new String[] {"DDT", "D1", "TOOLONG", ""}) {
            assertThatThrownBy(() -> DdtSeries.code(bad)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.key()).isEqualTo("ddt.series.invalid"));
        }
        assertThat(DdtNumber.parse("DMI-2026-000003")).isEqualTo(new DdtNumber("DMI", 2026, 3));
    }
}

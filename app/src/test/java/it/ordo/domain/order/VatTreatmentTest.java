package it.ordo.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class VatTreatmentTest {

    @Test
    void everyExemptionHasItsNatureCodeLawAndWordingInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.ITALIAN}) {
            ResourceBundle bundle = ResourceBundle.getBundle("it.ordo.i18n.messages", locale);
            for (VatTreatment t : VatTreatment.values()) {
                assertThat(bundle.getString(t.labelKey())).as(t + " " + locale).isNotBlank();
                if (t != VatTreatment.DOMESTIC) {
                    assertThat(bundle.getString(t.noteKey())).as(t + " " + locale).contains(t.lawReference().split(" ")[0]);
                    assertThat(t.lawReference()).isNotBlank();
                }
            }
        }
        assertThat(VatTreatment.EXPORT.natureCode()).isEqualTo("N3.1");
        assertThat(VatTreatment.INTRA_EU.natureCode()).isEqualTo("N3.2");
        assertThat(VatTreatment.INTENT_DECLARATION.natureCode()).isEqualTo("N3.5");
        assertThat(VatTreatment.SPLIT_PAYMENT.natureCode()).isNull();
    }

    @Test
    void onlyTaxedTreatmentsKeepTheProductRate() {
        assertThat(VatTreatment.DOMESTIC.lineRate(new BigDecimal("22"))).isEqualByComparingTo("22");
        assertThat(VatTreatment.SPLIT_PAYMENT.lineRate(new BigDecimal("10"))).isEqualByComparingTo("10");
        assertThat(VatTreatment.INTRA_EU.lineRate(new BigDecimal("22"))).isZero();
        assertThat(VatTreatment.EXPORT.lineRate(new BigDecimal("4"))).isZero();
    }
}

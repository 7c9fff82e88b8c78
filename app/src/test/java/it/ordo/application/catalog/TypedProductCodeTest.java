package it.ordo.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A product code typed as people type it (lower case, stray spaces) or scanned as an EAN-13 finds the product in
 * every use case that takes one, as it does on the New order screen: the product card, the availability and the
 * price of the command line answer the same as the order desk.
 */
class TypedProductCodeTest {

    @Test
    void aCodeTypedInLowerCaseOrScannedAsAnEanFindsTheProductEverywhere() {
        try (TestCompany c = TestCompany.standard()) {
            c.receive("P1", "MIL", "7");

            for (String typed : new String[] {" p1 ", "P1", "4006381333931"}) {
                assertThat(c.ctx.products().show(typed).sku()).as(typed).isEqualTo("P1");
                assertThat(c.ctx.inventory().availability(typed, BigDecimal.ONE, "MIL").getFirst().onHand())
                        .as(typed).isEqualByComparingTo("7");
                assertThat(c.ctx.pricing().price("C-A", typed, BigDecimal.ONE, LocalDate.now()).sku())
                        .as(typed).isEqualTo("P1");
            }
        }
    }
}

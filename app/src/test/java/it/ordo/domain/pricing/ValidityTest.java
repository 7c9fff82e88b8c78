package it.ordo.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import it.ordo.domain.customer.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which conditions may not share a day: the same kind for the same target. Pure rules, no database. */
class ValidityTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Test
    void periodsMeetingOnADayOverlapAndPeriodsEndToEndDoNot() {
        assertThat(Validity.overlap(null, DEC_31, JAN_1, null)).isFalse();
        assertThat(Validity.overlap(null, JAN_1, JAN_1, null)).isTrue();
        assertThat(Validity.overlap(null, null, JAN_1, JAN_1)).isTrue();
        assertThat(Validity.overlap(JAN_1, JAN_1.plusDays(5), DEC_31.minusDays(5), DEC_31)).isFalse();
        assertThatThrownBy(() -> Validity.require(JAN_1, DEC_31)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("validity.endsBeforeStart"));
    }

    @Test
    void twoListsConflictOnlyForTheSameCustomersOnASharedDay() {
        PriceList installers2026 = new PriceList("INST-26", "Installatori 2026", false, "INST", null, DEC_31);
        PriceList installers2027 = new PriceList("INST-27", "Installatori 2027", false, "INST", JAN_1, null);
        PriceList installersAlways = new PriceList("INST-X", "Installatori", false, "INST", null, null);
        PriceList resellers = new PriceList("RIV", "Rivenditori", false, "RIV", null, null);
        PriceList base = new PriceList("BASE", "Base", true, null, null, null);

        assertThat(installers2027.conflictsWith(installers2026)).isFalse();
        assertThat(installersAlways.conflictsWith(installers2027)).isTrue();
        assertThat(resellers.conflictsWith(installersAlways)).isFalse();
        assertThat(base.conflictsWith(installersAlways)).isFalse();
        assertThat(new PriceList("BASE-27", "Base 2027", true, null, JAN_1, null).conflictsWith(base)).isTrue();
        assertThat(PriceList.forCustomer("ROSSI-27", "Rossi", 7L, JAN_1, null)
                .conflictsWith(PriceList.forCustomer("BIANCHI-27", "Bianchi", 8L, JAN_1, null))).isFalse();
    }

    @Test
    void twoRulesConflictOnlyOnTheSameKindAndTarget() {
        BigDecimal five = new BigDecimal("5");
        DiscountRule tierA = DiscountRule.forTier("A1", "A", Tier.A, five);
        DiscountRule tierA2027 = DiscountRule.forTier("A2", "A 2027", Tier.A, five).during(JAN_1, null);
        DiscountRule tierB = DiscountRule.forTier("B1", "B", Tier.B, five);
        DiscountRule promo = DiscountRule.promotion("P1", "Viti", 1L, null, five, null, DEC_31);
        DiscountRule promoLater = DiscountRule.promotion("P2", "Viti 2027", 1L, null, five, JAN_1, null);
        DiscountRule promoCategory = DiscountRule.promotion("P3", "Viteria", null, "VITERIA", five, null, null);

        assertThat(tierA2027.conflictsWith(tierA)).isTrue();
        assertThat(tierB.conflictsWith(tierA)).isFalse();
        assertThat(promoLater.conflictsWith(promo)).isFalse();
        assertThat(promoCategory.conflictsWith(promo)).isFalse();
        tierA.deactivate();
        assertThat(tierA2027.conflictsWith(tierA)).as("a rule switched off takes no day").isFalse();
    }
}

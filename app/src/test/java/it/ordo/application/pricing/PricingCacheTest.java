package it.ordo.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Conditions are kept in memory by each workstation; a change made on one is seen by the next quote on
 * another. Two contexts, each with its own database connection pool and cache, stand for two workstations.
 */
@Tag("db")
class PricingCacheTest {

    private TestCompany company;
    private OrdoContext other;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        other = OrdoContext.open(company.settings(), () -> "tester", company.clock);
    }

    @AfterEach
    void tearDown() {
        other.close();
        company.close();
    }

    private BigDecimal unitPriceOn(OrdoContext ctx, String sku) {
        return ctx.pricing().price("C-C", sku, BigDecimal.ONE, TestCompany.TODAY).unitPrice();
    }

    @Test
    void aListPriceChangedOnOneWorkstationIsQuotedAtOnceOnTheOther() {
        assertThat(unitPriceOn(other, "P1")).isEqualByComparingTo("10.00");
        assertThat(unitPriceOn(other, "P1")).isEqualByComparingTo("10.00");

        company.products(TestCompany.row("sku", "P1", "ean", "4006381333931", "description", "Vite 4x40",
                "category", "Viteria", "unit", "PCS", "vatRate", "22", "unitCost", "5.00", "listPrice", "12.00",
                "weightKg", "0.010"));

        assertThat(unitPriceOn(other, "P1")).isEqualByComparingTo("12.00");
        assertThat(other.orderEntry().quote("C-C", "P1", BigDecimal.ONE, null, TestCompany.TODAY).unitPrice()).isEqualByComparingTo("12.00");
        assertThat(company.order("C-C", "CACHE-1", "P1", 2).lines().getFirst().unitPrice())
                .isEqualByComparingTo("12.00");
    }

    @Test
    void aNewDiscountRuleAppliesToTheNextQuoteOnTheOtherWorkstation() {
        assertThat(other.pricing().price("C-C", "P2", BigDecimal.TEN, TestCompany.TODAY).discountPct()).isZero();

        company.ctx.setup().addDiscountRules(List.of(DiscountRule.forTier("FASCIA-C", "Fascia C", Tier.C,
                new BigDecimal("3"))));

        PriceView after = other.pricing().price("C-C", "P2", BigDecimal.TEN, TestCompany.TODAY);
        assertThat(after.discountPct()).isEqualByComparingTo("3");
        assertThat(after.explanation()).anySatisfy(m -> assertThat(m.args()).contains("FASCIA-C"));
    }
}

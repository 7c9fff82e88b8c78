package it.ordo.application.setup;

import static it.ordo.testing.TestCompany.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.NotFoundException;
import it.ordo.application.pricing.PriceView;
import it.ordo.application.setup.SetupService.PriceRow;
import it.ordo.domain.DomainException;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Set-up use cases that take over a company's commercial conditions, and the demo's users. */
class SetupServiceTest {

    private final TestCompany company = TestCompany.standard();

    @AfterEach
    void close() {
        company.close();
    }

    @Test
    void conditionsTakenOverAtSetUpPriceTheOrders() {
        SetupService setup = company.ctx.setup();
        setup.addPrices("BASE", List.of(new PriceRow("P1", new BigDecimal("10"), new BigDecimal("9.00"))));
        setup.addPriceList("NET-N", "Netti Nord", null, null, null,
                List.of(new PriceRow("P3", BigDecimal.ONE, new BigDecimal("80.00"))));
        company.customers(row("code", "C-N", "name", "Nord S.r.l.", "vatNumber", "01114601006", "tier", "C",
                "creditLimit", "1000", "paymentTerms", "Bonifico", "address", "Via Po 3", "postalCode", "10121",
                "city", "Torino", "province", "TO", "priceList", "NET-N"));
        setup.addDiscountRules(List.of(DiscountRule.forTier("FASCIA-B", "Fascia B", Tier.B, new BigDecimal("2"))));
        setup.addProductPromotion("PROMO-P2", "Concime in offerta", "P2", new BigDecimal("10"),
                TestCompany.TODAY.minusDays(1), TestCompany.TODAY.plusDays(1));

        PriceView tenScrews = company.ctx.pricing().price("C-C", "P1", new BigDecimal("10"), TestCompany.TODAY);
        assertThat(tenScrews.unitPrice()).isEqualByComparingTo("9.00");
        PriceView net = company.ctx.pricing().price("C-N", "P3", BigDecimal.ONE, TestCompany.TODAY);
        assertThat(net.priceList()).isEqualTo("NET-N");
        assertThat(net.unitPrice()).isEqualByComparingTo("80.00");
        assertThat(company.ctx.pricing().price("C-B", "P3", BigDecimal.ONE, TestCompany.TODAY).discountPct())
                .isEqualByComparingTo("2");
        assertThat(company.ctx.pricing().price("C-C", "P2", BigDecimal.ONE, TestCompany.TODAY).discountPct())
                .isEqualByComparingTo("10");
    }

    @Test
    void aPriceListIsTakenOverOnceAndOnlyWithKnownProducts() {
        SetupService setup = company.ctx.setup();
        setup.addPriceList("INST", "Installatori", "INSTALLATORI", null, null, List.of());

        assertThatThrownBy(() -> setup.addPriceList("INST", "Ancora", null, null, null, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("priceList.exists"));
        assertThatThrownBy(() -> setup.addPrices("NONE", List.of()))
                .isInstanceOf(NotFoundException.class);
        // One unknown SKU refuses the whole list: nothing half taken over.
        assertThatThrownBy(() -> setup.addPriceList("HALF", "Mezzo", null, null, null, List.of(
                new PriceRow("P1", BigDecimal.ONE, new BigDecimal("9")),
                new PriceRow("NOPE", BigDecimal.ONE, new BigDecimal("9")))))
                .isInstanceOf(NotFoundException.class);
        setup.addPriceList("HALF", "Mezzo", null, null, null, List.of());
    }

    @Test
    void demoUsersSignInWithTheSharedPasswordOnlyOnADatabaseThatHadNone() {
        Map<String, Role> users = new LinkedHashMap<>();
        users.put("desk", Role.ORDER_DESK);
        users.put("warehouse", Role.WAREHOUSE);
        company.ctx.users().addDemoUsers(users, "demo");

        var session = company.ctx.authentication().login("desk", "demo");
        assertThat(session.roles()).containsExactly(Role.ORDER_DESK);
        assertThat(session.mustChangePassword()).isFalse();
        // Once a company has users, nobody gets a password the policy would refuse this way.
        assertThatThrownBy(() -> company.ctx.users().addDemoUsers(Map.of("manager", Role.MANAGER), "demo"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("setup.already"));
    }
}

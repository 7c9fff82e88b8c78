package it.ordo.audit;

import static it.ordo.testing.TestCompany.row;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.testing.TestCompany;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A price or a rule changed by the sales manager is in the audit trail: who, from where, old and new value. */
class PricingAuditTest {

    private TestCompany company;
    private OrdoContext marta;

    @BeforeEach
    void company() {
        company = TestCompany.standard();
        marta = company.ctx.as(AuditRows.operator("marta", "PC-VENDITE"));
    }

    @AfterEach
    void close() {
        company.close();
    }

    @Test
    void aPriceChangedByImportIsRecordedWithItsOldAndNewValue() {
        long before = AuditRows.count(company.ctx);

        marta.priceLists().importItems(List.of(row("list", "BASE", "sku", "P1", "minQty", "1", "unitPrice", "12.40")));
        marta.conditions().importRules(RuleSet.DISCOUNTS, List.of(row("code", "FASCIA-A", "description", "Fascia A",
                "kind", "TIER", "tier", "A", "percent", "4")));

        List<AuditRows.Row> rows = AuditRows.all(company.ctx).stream().skip(before).toList();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.user()).isEqualTo("marta");
            assertThat(r.workstation()).isEqualTo("PC-VENDITE");
        });
        assertThat(rows).filteredOn(r -> r.entity().equals("PriceListItem")).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("UPDATE");
            assertThat(new java.math.BigDecimal(r.from("unitPrice"))).isEqualByComparingTo("10");
            assertThat(new java.math.BigDecimal(r.to("unitPrice"))).isEqualByComparingTo("12.40");
        });
        assertThat(rows).filteredOn(r -> r.entity().equals("DiscountRule")).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("INSERT");
            assertThat(r.key()).isEqualTo("FASCIA-A");
        });
    }
}

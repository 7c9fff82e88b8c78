package it.ordo.application.pricing;

import static it.ordo.testing.TestCompany.TODAY;
import static it.ordo.testing.TestCompany.row;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.pricing.ConditionsService.Rule;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.application.pricing.PriceListService.Change;
import it.ordo.domain.Message;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Discount rules and promotions imported by the sales manager, with validity and overlaps refused by name. */
@Tag("db")
class ConditionsServiceTest {

    private TestCompany company;
    private ConditionsService conditions;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        conditions = company.ctx.conditions();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private static ImportRow discount(String code, String kind, String tier, String category, String minValue,
                                      String percent, String from, String to) {
        return row("code", code, "description", "Sconto " + code, "kind", kind, "tier", tier, "category", category,
                "minOrderValue", minValue, "percent", percent, "validFrom", from, "validTo", to);
    }

    private static ImportRow promotion(String code, String sku, String category, String percent, String from, String to) {
        return row("code", code, "description", "Promo " + code, "sku", sku, "category", category, "percent", percent,
                "validFrom", from, "validTo", to);
    }

    private PriceView price(String customer, String sku, LocalDate date) {
        return company.ctx.pricing().price(customer, sku, BigDecimal.ONE, date);
    }

    @Test
    void importedDiscountsApplyAndBadRowsAreRefusedWithTheirReasons() {
        List<ImportRow> rows = List.of(
                discount("FASCIA-A", "TIER", "A", "", "", "5", "", ""),
                discount("VITERIA", "CATEGORY", "", "Viteria", "", "4", "", ""),
                discount("FASCIA-A2", "TIER", "A", "", "", "6", "2026-01-01", ""),  // same tier, same days
                discount("TROPPO", "TIER", "B", "", "", "120", "", ""),             // over 100
                discount("VALORE", "ORDER_VALUE", "", "", "", "3", "", ""),         // no threshold
                discount("FASCIA-C", "TIER", "C", "", "", "2", "2027-01-31", "2027-01-01")); // ends before it starts

        ImportReport report = conditions.importRules(RuleSet.DISCOUNTS, rows);

        assertThat(report.inserted()).isEqualTo(2);
        assertThat(report.errors()).extracting(ImportReport.RowError::key)
                .containsExactly("FASCIA-A2", "TROPPO", "VALORE", "FASCIA-C");
        assertThat(report.errors()).extracting(e -> e.problems().getFirst().key())
                .containsExactly("rule.overlap", "rule.percentOutOfRange", "rule.thresholdRequired",
                        "validity.endsBeforeStart");
        assertThat(report.errors().getFirst().problems().getFirst().args()).contains("FASCIA-A");
        assertThat(price("C-A", "P2", TODAY).discountPct()).isEqualByComparingTo("5");
        assertThat(price("C-C", "P1", TODAY).discountPct()).isEqualByComparingTo("4");
    }

    @Test
    void aPromotionStartingNextMonthIsSeenOnlyOnItsDays() {
        LocalDate start = LocalDate.of(2026, 12, 1);
        ImportReport report = conditions.importRules(RuleSet.PROMOTIONS, List.of(
                promotion("PROMO-VITI", "P1", "", "10", "2026-12-01", "31/12/2026"),
                promotion("PROMO-BIS", "P1", "", "12", "2026-12-15", ""),           // same product, same days
                promotion("PROMO-NESSUNO", "", "", "5", "", ""),                      // neither product nor category
                promotion("PROMO-X", "NOPE", "", "5", "", "")));                     // unknown product

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.errors()).extracting(e -> e.problems().getFirst().key())
                .containsExactly("rule.overlap", "rule.promotionTarget", "notFound.product");
        assertThat(price("C-C", "P1", TODAY).discountPct()).isZero();
        PriceView then = price("C-C", "P1", start);
        assertThat(then.discountPct()).isEqualByComparingTo("10");
        assertThat(then.explanation()).extracting(Message::key).contains("price.discount.PROMOTION");
        assertThat(price("C-C", "P1", LocalDate.of(2027, 1, 1)).discountPct()).isZero();
    }

    @Test
    void anExportImportedAgainChangesNothingAndAChangedPercentageIsPreviewedOldToNew() {
        conditions.importRules(RuleSet.DISCOUNTS, List.of(discount("FASCIA-B", "TIER", "B", "", "", "2", "", ""),
                discount("VALORE-1000", "ORDER_VALUE", "", "", "1000", "3", "2026-01-01", "")));
        List<ImportRow> again = conditions.rules(RuleSet.DISCOUNTS).stream().map(ConditionsServiceTest::asRow).toList();

        assertThat(conditions.preview(RuleSet.DISCOUNTS, again).changes())
                .hasSize(2).allSatisfy(c -> assertThat(c.change()).isEqualTo(Change.UNCHANGED));

        List<ImportRow> changed = List.of(discount("FASCIA-B", "TIER", "B", "", "", "2,5", "", ""));
        assertThat(conditions.preview(RuleSet.DISCOUNTS, changed).changes()).singleElement().satisfies(c -> {
            assertThat(c.oldPercent()).isEqualByComparingTo("2");
            assertThat(c.newPercent()).isEqualByComparingTo("2.5");
            assertThat(c.change()).isEqualTo(Change.CHANGED);
        });
        assertThat(price("C-B", "P1", TODAY).discountPct()).as("a preview writes nothing").isEqualByComparingTo("2");
    }

    private static ImportRow asRow(Rule r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("description", r.description());
        m.put("kind", r.kind().name());
        m.put("tier", r.tier() == null ? "" : r.tier().name());
        m.put("category", r.category() == null ? "" : r.category());
        m.put("minOrderValue", r.minOrderValue() == null ? "" : r.minOrderValue().toPlainString());
        m.put("percent", r.percent().toPlainString());
        m.put("validFrom", r.validFrom() == null ? "" : r.validFrom().toString());
        m.put("validTo", r.validTo() == null ? "" : r.validTo().toString());
        m.put("active", Boolean.toString(r.active()));
        return new ImportRow(2, m);
    }
}

package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.application.NotFoundException;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.DomainException;
import it.ordo.domain.ValidationException;
import it.ordo.domain.Address;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.infrastructure.persistence.JpaCustomerRepository;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Order entry's reads: a line by SKU or EAN, product suggestions, and totals that equal the confirmed order's. */
@Tag("db")
class OrderEntryServiceTest {

    private static TestCompany company;
    private static OrderEntryService entry;
    private static final Texts EN = new Texts(Locale.ENGLISH);

    @BeforeAll
    static void company() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "2");
        company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        company.ctx.setup().addDiscountRules(List.of(
                DiscountRule.forTier("TA", "Clienti A", Tier.A, new BigDecimal("5")),
                DiscountRule.forOrderValue("OV500", "Ordini oltre 500 €", new BigDecimal("500"), new BigDecimal("3"))));
        entry = company.ctx.orderEntry();
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void aSkuIsQuotedWithItsPriceRuleAndAvailability() {
        LineQuote q = entry.quote("C-A", "P1", new BigDecimal("3"), null, null);

        assertThat(q.sku()).isEqualTo("P1");
        assertThat(q.unitPrice()).isEqualByComparingTo("10.00");
        assertThat(q.discountPct()).isEqualByComparingTo("5");
        assertThat(q.netAmount()).isEqualByComparingTo("28.50");
        assertThat(q.vatAmount()).isEqualByComparingTo("6.27");
        assertThat(EN.render(q.priceExplanation())).contains("from price list BASE").contains("tier discount TA: 5%");
        assertThat(q.availability()).isEqualTo(LineQuote.Availability.NOW);
        assertThat(q.warehouse()).isEqualTo("MIL");
        assertThat(q.promiseDate()).isEqualTo(TestCompany.TODAY);
    }

    @Test
    void aScannedBarcodeFindsItsProductAndShortStockIsPromisedFromSupply() {
        LineQuote q = entry.quote("C-B", "5901234123457", new BigDecimal("5"), null, null);

        assertThat(q.sku()).isEqualTo("P3");
        assertThat(q.availability()).isEqualTo(LineQuote.Availability.LATER);
        assertThat(q.promiseDate()).isEqualTo(TestCompany.TODAY.plusDays(7));
        assertThat(q.available()).isEqualByComparingTo("2");
        assertThat(EN.render(q.availabilityExplanation())).contains("2 available now").contains("PO-7");

        LineQuote second = entry.quote("C-B", "P3", new BigDecimal("9"), new BigDecimal("5"), null, null);
        assertThat(second.available()).isEqualByComparingTo("0");
        assertThat(second.availability()).isEqualTo(LineQuote.Availability.NONE); // 3 of the 10 coming are taken
    }

    @Test
    void aCustomerWithoutBackordersSeesShortStockAsNotAvailable() {
        LineQuote q = entry.quote("C-NOBO", "P3", new BigDecimal("5"), null, null);

        assertThat(q.availability()).isEqualTo(LineQuote.Availability.NONE);
        assertThat(q.promiseDate()).isNull();
        assertThat(EN.render(q.availabilityExplanation())).contains("does not accept backorders");
    }

    @Test
    void unknownCodesAndImpossibleQuantitiesAreRefusedWithReadableReasons() {
        assertThatThrownBy(() -> entry.quote("C-A", "NOPE", BigDecimal.ONE, null, null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> entry.quote("C-A", "4006381333932", BigDecimal.ONE, null, null)) // bad check digit
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> entry.quote("C-A", "P1", new BigDecimal("1.5"), null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("quantity.wrongUnit"));
        assertThatThrownBy(() -> entry.quote("C-ZZZ", "P1", BigDecimal.ONE, null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> entry.quote("C-A", "P1", BigDecimal.ONE, "XXX", null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void productsAreSuggestedByPartOfTheDescriptionAndTypedTextIsNeverSql() {
        assertThat(entry.findProducts("manuale", 20)).extracting(ProductHit::sku).containsExactly("P3");
        assertThat(entry.findProducts("vite", 20)).singleElement()
                .satisfies(h -> assertThat(h.ean()).isEqualTo("4006381333931"));
        assertThat(entry.findProducts("' or '1'='1", 20)).isEmpty();
        assertThat(entry.findProducts("  ", 20)).isEmpty();
    }

    @Test
    void thePreviewEqualsTheConfirmedOrderIncludingAnOrderValueDiscount() {
        List<OrderRequest.LineRequest> lines = List.of(
                new OrderRequest.LineRequest("P1", null, new BigDecimal("7")),
                new OrderRequest.LineRequest("P2", null, new BigDecimal("3.333")),
                new OrderRequest.LineRequest(null, "4006381333931", new BigDecimal("50"))); // P1 again, by EAN

        OrderPreview preview = entry.preview("C-A", lines);
        OrderView placed = company.ctx.orders().place(new OrderRequest("PREV-1", Channel.PHONE, "C-A", null, null, null, null,
                lines));

        assertThat(preview.netTotal()).isGreaterThan(new BigDecimal("500")); // over the threshold
        assertThat(EN.render(preview.lines().getFirst().priceExplanation())).contains("order value discount OV500");
        assertThat(preview.netTotal()).isEqualByComparingTo(placed.netTotal());
        assertThat(preview.vatTotal()).isEqualByComparingTo(placed.vatTotal());
        assertThat(preview.grossTotal()).isEqualByComparingTo(placed.grossTotal());
        assertThat(preview.vatSummary()).hasSameSizeAs(placed.vatSummary());
        for (int i = 0; i < preview.lines().size(); i++) {
            assertThat(preview.lines().get(i).sku()).isEqualTo(placed.lines().get(i).sku());
            assertThat(preview.lines().get(i).discountPct()).isEqualByComparingTo(placed.lines().get(i).discountPct());
            assertThat(preview.lines().get(i).netAmount()).isEqualByComparingTo(placed.lines().get(i).netAmount());
        }
        for (int i = 0; i < preview.vatSummary().size(); i++) {
            assertThat(preview.vatSummary().get(i).rate()).isEqualByComparingTo(placed.vatSummary().get(i).rate());
            assertThat(preview.vatSummary().get(i).taxable()).isEqualByComparingTo(placed.vatSummary().get(i).taxable());
            assertThat(preview.vatSummary().get(i).vat()).isEqualByComparingTo(placed.vatSummary().get(i).vat());
        }
    }

    @Test
    void anOrderGoesToTheChosenShippingAddress() {
        var tx = Internals.transactions(company.ctx);
        tx.write(() -> new JpaCustomerRepository(tx).findByCode("C-C").orElseThrow()
                .addShippingAddress("Cantiere", new Address("Via dei Mille 3", "40122", "Bologna", "BO", "IT")));
        List<OrderRequest.LineRequest> lines = List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.ONE));

        OrderView placed = company.ctx.orders().place(new OrderRequest(null, Channel.PHONE, "C-C", null, null, null, null,
                lines, 1));

        assertThat(placed.shipAddress()).contains("Via dei Mille 3");
        assertThatThrownBy(() -> company.ctx.orders().place(new OrderRequest(null, Channel.PHONE, "C-C", null, null, null,
                null, lines, 5)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(EN.describe(e))
                        .contains("Customer C-C has no shipping address number 6."));
    }

    @Test
    void whoCannotTakeOrdersCannotQuoteThem() {
        var warehouse = company.ctx.as(new Session("magazzino", EnumSet.of(Role.WAREHOUSE), false)).orderEntry();

        assertThatThrownBy(() -> warehouse.quote("C-A", "P1", BigDecimal.ONE, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> warehouse.findProducts("vite", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> warehouse.preview("C-A", List.of())).isInstanceOf(AccessDeniedException.class);
    }
}

package it.ordo.application.pricing;

import static it.ordo.testing.TestCompany.TODAY;
import static it.ordo.testing.TestCompany.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.imports.ImportReport;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.application.pricing.ConditionsService.Rule;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.Channel;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Minimum order quantities, pack multiples, net-price and per-channel promotions on the one order path: the quote
 * while typing, an order placed from a file or a channel, and the price asked by the tester.
 */
class OrderQuantityAndChannelPromotionTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "500");
        // Screws: from 10 on, in boxes of 5.
        ImportReport report = company.products(row("sku", "P1", "ean", "4006381333931", "description", "Vite 4x40",
                "category", "Viteria", "unit", "PCS", "vatRate", "22", "unitCost", "5.00", "listPrice", "10.00",
                "weightKg", "0.010", "minOrderQty", "10", "packMultiple", "5"));
        assertThat(report.errors()).isEmpty();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private OrderView place(Channel channel, String ref, String qty) {
        return company.ctx.orders().place(new OrderRequest(ref, channel, "C-C", null, null, null, null,
                List.of(new OrderRequest.LineRequest("P1", null, new BigDecimal(qty)))));
    }

    @Test
    void aLineBelowTheMinimumOrNotInWholePacksIsRefusedWithTheQuantityThatWouldDo() {
        assertThatThrownBy(() -> place(Channel.EMAIL, "FILE-1", "7"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Message::key).containsExactly("order.line.problem"));
        assertThatThrownBy(() -> company.ctx.orderEntry().quote("C-C", "P1", new BigDecimal("12"), null, TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(new Texts(Locale.ENGLISH).describe(e))
                        .isEqualTo("P1 is sold in packs of 5: 12 is not a whole number of packs (the next is 15)."));
        assertThatThrownBy(() -> company.ctx.pricing().price("C-C", "P1", new BigDecimal("5"), TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("quantity.belowMinimum"));

        assertThat(company.ctx.orderEntry().quote("C-C", "P1", new BigDecimal("15"), null, TODAY).netAmount())
                .isEqualByComparingTo("150.00");
        assertThat(place(Channel.EMAIL, "FILE-2", "15").lines().getFirst().quantity()).isEqualByComparingTo("15");
    }

    @Test
    void productsWithoutTheColumnsKeepTheirRules() {
        company.products(row("sku", "P1", "ean", "4006381333931", "description", "Vite 4x40 zincata",
                "category", "Viteria", "unit", "PCS", "vatRate", "22", "unitCost", "5.00", "listPrice", "10.00"));

        assertThatThrownBy(() -> company.ctx.pricing().price("C-C", "P1", new BigDecimal("12"), TODAY))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aPromotionForTheWebShopPricesOnlyWebOrdersAndANetPricePromotionSetsThePrice() {
        ImportReport imported = company.ctx.conditions().importRules(RuleSet.PROMOTIONS, List.of(
                row("code", "WEB-10", "description", "Sconto sito", "sku", "P1", "percent", "10",
                        "channels", "web, b2b_portal"),
                row("code", "NETTO-P2", "description", "Concime a 2 euro", "sku", "P2", "netPrice", "2,00"),
                row("code", "BAD", "description", "Canale inventato", "sku", "P3", "percent", "5",
                        "channels", "fax"),
                row("code", "BOTH", "description", "Percentuale e netto", "sku", "P3", "percent", "5",
                        "netPrice", "90")));

        assertThat(imported.inserted()).isEqualTo(2);
        assertThat(imported.errors()).extracting(ImportReport.RowError::key).containsExactly("BAD", "BOTH");
        assertThat(imported.errors().get(0).problems()).extracting(Message::key).containsExactly("order.channel.unknown");
        assertThat(imported.errors().get(1).problems()).extracting(Message::key).containsExactly("rule.percentOrNetPrice");
        assertThat(company.ctx.conditions().rules(RuleSet.PROMOTIONS)).filteredOn(r -> r.code().equals("WEB-10"))
                .extracting(Rule::channels).containsExactly(List.of(Channel.WEB, Channel.B2B_PORTAL));

        OrderView web = place(Channel.WEB, "WEB-1", "10");
        OrderView phone = place(Channel.PHONE, "TEL-1", "10");
        assertThat(web.lines().getFirst().discountPct()).isEqualByComparingTo("10");
        assertThat(web.netTotal()).isEqualByComparingTo("90.00");
        assertThat(phone.lines().getFirst().discountPct()).isZero();
        assertThat(phone.netTotal()).isEqualByComparingTo("100.00");
        assertThat(company.ctx.pricing().price("C-C", "P1", BigDecimal.TEN, TODAY, Channel.B2B_PORTAL).netAmount())
                .isEqualByComparingTo("90.00");

        PriceView fertiliser = company.ctx.pricing().price("C-C", "P2", BigDecimal.TEN, TODAY);
        assertThat(fertiliser.unitPrice()).isEqualByComparingTo("2.00");
        assertThat(fertiliser.netAmount()).isEqualByComparingTo("20.00");
        assertThat(fertiliser.explanation()).extracting(Message::key).contains("price.promotionNet");
    }
}

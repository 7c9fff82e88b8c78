package it.ordo.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.domain.pricing.PriceList;
import it.ordo.domain.pricing.PriceListItem;
import it.ordo.infrastructure.persistence.JpaCustomerRepository;
import it.ordo.infrastructure.persistence.JpaPricingRepository;
import it.ordo.infrastructure.persistence.JpaProductRepository;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pricing precedence of docs/pricing.md, case by case, on a real database. */
@Tag("db")
class PricingServiceTest {

    private static TestCompany company;

    @BeforeAll
    static void setUp() {
        company = TestCompany.standard();
        company.customers(TestCompany.row("code", "C-G", "name", "Installatori Riuniti S.r.l.", "vatNumber", "00743110157",
                "tier", "C", "creditLimit", "10000", "paymentTerms", "Ri.Ba. 60 gg f.m.", "address", "Via Po 3",
                "postalCode", "10121", "city", "Torino", "province", "TO", "group", "INSTALLATORI"));
        var ctx = company.ctx;
        var tx = Internals.transactions(ctx);
        tx.write(() -> {
            var pricing = new JpaPricingRepository(tx);
            long p1 = new JpaProductRepository(tx).findBySku("P1").orElseThrow().id();
            long p3 = new JpaProductRepository(tx).findBySku("P3").orElseThrow().id();
            PriceList base = pricing.baseList().orElseThrow();
            pricing.store(new PriceListItem(base.id(), p1, new BigDecimal("10"), new BigDecimal("9.00"), null, null));
            pricing.store(new PriceListItem(base.id(), p1, new BigDecimal("50"), new BigDecimal("8.00"), null, null));
            PriceList group = new PriceList("INST", "Installatori", false, "INSTALLATORI",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            pricing.store(group);
            pricing.store(new PriceListItem(group.id(), p1, BigDecimal.ONE, new BigDecimal("9.50"), null, null));
            PriceList net = new PriceList("NET-CA", "Netti Alfa", false, null, null, null);
            pricing.store(net);
            pricing.store(new PriceListItem(net.id(), p3, BigDecimal.ONE, new BigDecimal("80.00"), null, null));
            var alfa = new JpaCustomerRepository(tx).findByCode("C-A").orElseThrow();
            alfa.setSales(net.id(), null, alfa.defaultChannel(), null, alfa.defaultWarehouseId());
            pricing.store(DiscountRule.forTier("TIER-A", "Fascia A", Tier.A, new BigDecimal("5")));
            pricing.store(DiscountRule.forTier("TIER-B", "Fascia B", Tier.B, new BigDecimal("2")));
            pricing.store(DiscountRule.forCategory("CAT-CONC", "Concimi", "Concimi", new BigDecimal("3")));
            pricing.store(DiscountRule.promotion("PROMO-VITI", "Viti di dicembre", p1, null, new BigDecimal("10"),
                    LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15)));
            pricing.store(DiscountRule.forOrderValue("VAL-1000", "Ordini da 1.000 €", new BigDecimal("1000"),
                    new BigDecimal("2")));
        });
    }

    @AfterAll
    static void tearDown() {
        company.close();
    }

    @ParameterizedTest(name = "{0} buys {2} x {1} on {3}: {4} -{5}% = {6} from {7}")
    @CsvSource({
        // customer, sku, qty, date,       unit price, discount %, line net, list
        "C-C,        P1,  1,   2026-11-27, 10.00,      0,          10.00,    BASE",
        "C-C,        P1,  10,  2026-11-27, 9.00,       0,          90.00,    BASE",
        "C-C,        P1,  49,  2026-11-27, 9.00,       0,          441.00,   BASE",
        "C-C,        P1,  50,  2026-11-27, 8.00,       0,          400.00,   BASE",
        "C-B,        P1,  1,   2026-11-27, 10.00,      2,          9.80,     BASE",
        "C-A,        P3,  1,   2026-11-27, 80.00,      0,          80.00,    NET-CA",
        "C-A,        P1,  1,   2026-11-27, 10.00,      5,          9.50,     BASE",
        "C-G,        P1,  1,   2026-11-27, 9.50,       0,          9.50,     INST",
        "C-G,        P1,  1,   2027-01-10, 10.00,      0,          10.00,    BASE",
        "C-B,        P1,  1,   2026-12-05, 10.00,      10,         9.00,     BASE",
        "C-B,        P1,  1,   2026-12-16, 10.00,      2,          9.80,     BASE",
        "C-B,        P2,  4,   2026-11-27, 2.50,       3,          9.70,     BASE",
        "C-C,        P3,  12,  2026-11-27, 100.00,     2,          1176.00,  BASE",
        "C-B,        P3,  12,  2026-11-27, 100.00,     3.96,       1152.48,  BASE",
    })
    void pricesFollowThePrecedence(String customer, String sku, String qty, LocalDate date, String unitPrice,
                                   String discount, String net, String list) {
        PriceView price = company.ctx.pricing().price(customer, sku, new BigDecimal(qty), date);
        assertThat(price.unitPrice()).isEqualByComparingTo(unitPrice);
        assertThat(price.discountPct()).isEqualByComparingTo(discount);
        assertThat(price.netAmount()).isEqualByComparingTo(net);
        assertThat(price.priceList()).isEqualTo(list);
        assertThat(price.explanation()).isNotEmpty();
    }

    @Test
    void theExplanationNamesTheListAndTheRule() {
        PriceView price = company.ctx.pricing().price("C-B", "P1", BigDecimal.ONE, LocalDate.of(2026, 12, 5));
        assertThat(price.explanation()).extracting(Message::key).containsExactly("price.fromList", "price.discount.PROMOTION");
        assertThat(price.explanation().get(1).args()).contains("PROMO-VITI");
        assertThat(price.vatAmount()).isEqualByComparingTo("1.98");
        assertThat(price.grossAmount()).isEqualByComparingTo("10.98");
    }

    @Test
    void aProductInNoListHasNoPrice() {
        company.products(TestCompany.row("sku", "P9", "description", "Senza prezzo", "category", "Varie", "unit", "PCS",
                "vatRate", "22", "unitCost", "1", "listPrice", "0"));
        var tx = Internals.transactions(company.ctx);
        tx.write(() -> tx.em()
                .createQuery("delete from PriceListItem i where i.productId = :p")
                .setParameter("p", new JpaProductRepository(tx).findBySku("P9").orElseThrow().id()).executeUpdate());
        assertThatThrownBy(() -> company.ctx.pricing().price("C-B", "P9", BigDecimal.ONE, TestCompany.TODAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("price.notFound"));
    }
}

package it.ordo.domain.pricing;

import static it.ordo.domain.Persisted.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.catalog.Product;
import it.ordo.domain.catalog.Unit;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of docs/pricing.md, in its order of precedence, on lists and rules built in memory. */
class PriceCalculatorTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-10");
    private static final long SCREWS = 500L;

    private final Product product = withId(new Product("VITI-4X40", null, "Viti 4x40", "VITERIA", Unit.PCS,
            new BigDecimal("22"), new BigDecimal("3.00"), new BigDecimal("0.5")), SCREWS);
    private final PriceList customerList = withId(new PriceList("ROSSI", "Rossi netti", false, null, null, null), 1L);
    private final PriceList groupList = withId(new PriceList("INSTALLATORI", "Installatori", false, "INSTALLATORI",
            null, null), 2L);
    private final PriceList baseList = withId(new PriceList("BASE", "Listino base", true, null, null, null), 3L);
    private final List<CandidateList> allLists = List.of(new CandidateList(customerList, PriceSource.CUSTOMER),
            new CandidateList(groupList, PriceSource.GROUP), new CandidateList(baseList, PriceSource.BASE));

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static PriceListItem item(PriceList list, String minQty, String price) {
        return new PriceListItem(list.id(), SCREWS, dec(minQty), dec(price), null, null);
    }

    private PriceQuote quote(String qty, List<CandidateList> lists, List<PriceListItem> items, List<DiscountRule> rules) {
        return quote(Tier.B, qty, lists, items, rules);
    }

    private PriceQuote quote(Tier tier, String qty, List<CandidateList> lists, List<PriceListItem> items,
                             List<DiscountRule> rules) {
        return PriceCalculator.quote(product, tier, null, dec(qty), DAY, lists, items, rules);
    }

    @Nested
    class WhichList {

        @Test
        void theCustomersOwnListComesFirst() {
            PriceQuote quote = quote("1", allLists, List.of(item(baseList, "1", "10.00"), item(groupList, "1", "9.00"),
                    item(customerList, "1", "8.00")), List.of());

            assertThat(quote.unitPrice()).isEqualByComparingTo("8.00");
            assertThat(quote.source()).isEqualTo(PriceSource.CUSTOMER);
            assertThat(quote.listCode()).isEqualTo("ROSSI");
        }

        @Test
        void thenTheGroupsList() {
            PriceQuote quote = quote("1", allLists, List.of(item(baseList, "1", "10.00"), item(groupList, "1", "9.00")),
                    List.of());

            assertThat(quote.unitPrice()).isEqualByComparingTo("9.00");
            assertThat(quote.source()).isEqualTo(PriceSource.GROUP);
        }

        @Test
        void thenTheBaseList() {
            PriceQuote quote = quote("1", allLists, List.of(item(baseList, "1", "10.00")), List.of());

            assertThat(quote.unitPrice()).isEqualByComparingTo("10.00");
            assertThat(quote.source()).isEqualTo(PriceSource.BASE);
            assertThat(quote.explanation()).containsExactly(Message.of("price.fromList", "BASE", dec("10.00")),
                    Message.of("price.noDiscount"));
        }

        @Test
        void aListOutsideItsDatesIsPassedOver() {
            PriceList expired = withId(new PriceList("ROSSI-2025", "Rossi 2025", false, null,
                    LocalDate.parse("2025-01-01"), DAY.minusDays(1)), 4L);
            PriceList future = withId(new PriceList("ROSSI-2027", "Rossi 2027", false, null, DAY.plusDays(1), null), 5L);
            List<CandidateList> lists = List.of(new CandidateList(expired, PriceSource.CUSTOMER),
                    new CandidateList(future, PriceSource.CUSTOMER), new CandidateList(baseList, PriceSource.BASE));

            PriceQuote quote = quote("1", lists, List.of(item(expired, "1", "7.00"), item(future, "1", "6.00"),
                    item(baseList, "1", "10.00")), List.of());

            assertThat(quote.listCode()).isEqualTo("BASE");
        }

        @Test
        void aListIsValidOnItsFirstAndLastDay() {
            PriceList december = withId(new PriceList("DIC", "Dicembre", false, "X", DAY, DAY), 6L);

            PriceQuote quote = quote("1", List.of(new CandidateList(december, PriceSource.GROUP)),
                    List.of(item(december, "1", "9.50")), List.of());

            assertThat(quote.listCode()).isEqualTo("DIC");
        }

        @Test
        void anItemOutsideItsDatesIsNoPrice() {
            PriceListItem old = new PriceListItem(customerList.id(), SCREWS, dec("1"), dec("7.00"),
                    null, DAY.minusDays(1));
            PriceListItem later = new PriceListItem(groupList.id(), SCREWS, dec("1"), dec("8.00"), DAY.plusDays(1), null);

            PriceQuote quote = quote("1", allLists, List.of(old, later, item(baseList, "1", "10.00")), List.of());

            assertThat(quote.listCode()).isEqualTo("BASE");
        }

        @Test
        void noListWithAPriceRefusesTheProduct() {
            assertThatThrownBy(() -> quote("1", allLists, List.of(), List.of()))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.key()).isEqualTo("price.notFound");
                        assertThat(e.args()).containsExactly("VITI-4X40");
                    });
        }
    }

    @Nested
    class QuantityBreaks {

        private final List<PriceListItem> breaks = List.of(item(baseList, "1", "10.00"), item(baseList, "50", "8.00"),
                item(baseList, "10", "9.00"));

        @Test
        void theHighestBreakNotAboveTheQuantityApplies() {
            assertThat(quote("1", allLists, breaks, List.of()).unitPrice()).isEqualByComparingTo("10.00");
            assertThat(quote("9.999", allLists, breaks, List.of()).unitPrice()).isEqualByComparingTo("10.00");
            assertThat(quote("10", allLists, breaks, List.of()).unitPrice()).isEqualByComparingTo("9.00");
            assertThat(quote("49", allLists, breaks, List.of()).unitPrice()).isEqualByComparingTo("9.00");
            assertThat(quote("50", allLists, breaks, List.of()).unitPrice()).isEqualByComparingTo("8.00");
            assertThat(quote("5000", allLists, breaks, List.of()).unitPrice()).isEqualByComparingTo("8.00");
        }

        @Test
        void theExplanationNamesTheBreak() {
            assertThat(quote("12", allLists, breaks, List.of()).explanation().getFirst())
                    .isEqualTo(Message.of("price.fromListBreak", "BASE", dec("10"), dec("9.00")));
        }

        @Test
        void aListWhoseBreaksStartAboveTheQuantityHasNoPriceForItSoTheNextListAnswers() {
            List<PriceListItem> items = List.of(item(groupList, "100", "7.00"), item(baseList, "1", "10.00"));

            assertThat(quote("20", allLists, items, List.of()).listCode()).isEqualTo("BASE");
            assertThat(quote("100", allLists, items, List.of()).listCode()).isEqualTo("INSTALLATORI");
        }
    }

    @Nested
    class LineDiscount {

        private final List<PriceListItem> basePrice = List.of(item(baseList, "1", "10.00"));
        private final DiscountRule tierB = DiscountRule.forTier("TIER-B", "Clienti B", Tier.B, dec("5"));
        private final DiscountRule category = DiscountRule.forCategory("CAT-VITI", "Viteria", "VITERIA", dec("8"));
        private final DiscountRule productPromo = DiscountRule.promotion("PROMO-VITI", "Viti di dicembre", SCREWS, null,
                dec("10"), DAY.withDayOfMonth(1), DAY.withDayOfMonth(31));

        @Test
        void aCustomersNegotiatedPriceTakesNoDiscountOnTop() {
            PriceQuote quote = quote("1", allLists, List.of(item(customerList, "1", "8.00")),
                    List.of(tierB, category, productPromo));

            assertThat(quote.discountPct()).isZero();
            assertThat(quote.explanation()).contains(Message.of("price.netNoDiscount"));
        }

        @Test
        void theTierDiscountOfTheCustomersTierOnly() {
            DiscountRule tierA = DiscountRule.forTier("TIER-A", "Clienti A", Tier.A, dec("12"));

            assertThat(quote(Tier.B, "1", allLists, basePrice, List.of(tierA, tierB)).discountPct())
                    .isEqualByComparingTo("5");
            assertThat(quote(Tier.A, "1", allLists, basePrice, List.of(tierA, tierB)).discountPct())
                    .isEqualByComparingTo("12");
            assertThat(quote(Tier.C, "1", allLists, basePrice, List.of(tierA, tierB)).discountPct()).isZero();
        }

        @Test
        void theCategoryDiscountOfTheProductsCategoryOnly() {
            DiscountRule otherCategory = DiscountRule.forCategory("CAT-TUBI", "Tubi", "TUBI", dec("30"));

            PriceQuote quote = quote(Tier.C, "1", allLists, basePrice, List.of(otherCategory, category));

            assertThat(quote.discountPct()).isEqualByComparingTo("8");
            assertThat(quote.explanation().getLast())
                    .isEqualTo(Message.of("price.discount.CATEGORY", "CAT-VITI", dec("8"), "Viteria"));
        }

        @Test
        void theBestSingleDiscountWinsAndDiscountsNeverStack() {
            PriceQuote quote = quote("1", allLists, basePrice, List.of(tierB, category, productPromo));

            assertThat(quote.discountPct()).isEqualByComparingTo("10");
            assertThat(quote.explanation()).extracting(Message::key)
                    .containsExactly("price.fromList", "price.discount.PROMOTION");
        }

        @Test
        void aGroupListPriceTakesLineDiscountsLikeTheBaseList() {
            PriceQuote quote = quote("1", allLists, List.of(item(groupList, "1", "9.00")), List.of(category));

            assertThat(quote.source()).isEqualTo(PriceSource.GROUP);
            assertThat(quote.discountPct()).isEqualByComparingTo("8");
        }

        @Test
        void aPromotionCountsOnlyWithinItsDaysBothIncluded() {
            DiscountRule endsToday = DiscountRule.promotion("P1", "ends today", SCREWS, null, dec("20"), null, DAY);
            DiscountRule startsToday = DiscountRule.promotion("P2", "starts today", SCREWS, null, dec("15"), DAY, null);
            DiscountRule over = DiscountRule.promotion("P3", "over", SCREWS, null, dec("40"), null, DAY.minusDays(1));
            DiscountRule notYet = DiscountRule.promotion("P4", "not yet", SCREWS, null, dec("40"), DAY.plusDays(1), null);

            assertThat(quote("1", allLists, basePrice, List.of(startsToday, over, notYet)).discountPct())
                    .isEqualByComparingTo("15");
            assertThat(quote("1", allLists, basePrice, List.of(endsToday, startsToday, over, notYet)).discountPct())
                    .isEqualByComparingTo("20");
        }

        @Test
        void aPromotionOnACategoryCoversItsProductsAndOneOnAnotherProductDoesNot() {
            DiscountRule onCategory = DiscountRule.promotion("P-CAT", "Viteria in promo", null, "VITERIA", dec("7"),
                    null, null);
            DiscountRule onOtherProduct = DiscountRule.promotion("P-OTHER", "Tasselli", 999L, null, dec("25"), null, null);
            DiscountRule onOtherCategory = DiscountRule.promotion("P-TUBI", "Tubi", null, "TUBI", dec("25"), null, null);

            PriceQuote quote = quote(Tier.C, "1", allLists, basePrice, List.of(onCategory, onOtherProduct, onOtherCategory));

            assertThat(quote.discountPct()).isEqualByComparingTo("7");
        }

        @Test
        void onATieThePromotionIsNamed() {
            DiscountRule promoFive = DiscountRule.promotion("PROMO-5", "Promo", SCREWS, null, dec("5"), null, null);

            PriceQuote first = quote("1", allLists, basePrice, List.of(promoFive, tierB));
            PriceQuote second = quote("1", allLists, basePrice, List.of(tierB, promoFive));

            assertThat(first.explanation().getLast().key()).isEqualTo("price.discount.PROMOTION");
            assertThat(second.explanation().getLast().key()).isEqualTo("price.discount.PROMOTION");
        }

        @Test
        void aSwitchedOffRuleCountsForNothing() {
            DiscountRule off = DiscountRule.forCategory("CAT-OFF", "spenta", "VITERIA", dec("50"));
            off.deactivate();

            assertThat(quote("1", allLists, basePrice, List.of(off, tierB)).discountPct()).isEqualByComparingTo("5");
        }

        @Test
        void anOrderValueRuleIsNeverALineDiscount() {
            DiscountRule orderValue = DiscountRule.forOrderValue("OV-1", "Over 1", dec("1"), dec("50"));

            assertThat(quote(Tier.C, "1", allLists, basePrice, List.of(orderValue)).discountPct()).isZero();
        }
    }

    @Nested
    class OrderValueDiscount {

        private final DiscountRule fromFiveHundred = DiscountRule.forOrderValue("OV-500", "da 500", dec("500"), dec("2"));
        private final DiscountRule fromThousand = DiscountRule.forOrderValue("OV-1000", "da 1000", dec("1000"), dec("5"));
        private final List<DiscountRule> rules = List.of(fromThousand, fromFiveHundred,
                DiscountRule.forTier("TIER-B", "Clienti B", Tier.B, dec("30")));

        @Test
        void theHighestThresholdTheOrderReachesApplies() {
            assertThat(PriceCalculator.orderValueDiscount(dec("499.99"), DAY, rules)).isEmpty();
            assertThat(PriceCalculator.orderValueDiscount(dec("500.00"), DAY, rules)).contains(fromFiveHundred);
            assertThat(PriceCalculator.orderValueDiscount(dec("999.99"), DAY, rules)).contains(fromFiveHundred);
            assertThat(PriceCalculator.orderValueDiscount(dec("1000"), DAY, rules)).contains(fromThousand);
            assertThat(PriceCalculator.orderValueDiscount(dec("250000"), DAY, rules)).contains(fromThousand);
        }

        @Test
        void aSwitchedOffThresholdIsIgnored() {
            DiscountRule off = DiscountRule.forOrderValue("OV-OFF", "spenta", dec("100"), dec("9"));
            off.deactivate();

            assertThat(PriceCalculator.orderValueDiscount(dec("5000"), DAY, List.of(off))).isEmpty();
        }
    }

    @Nested
    class Cascade {

        @Test
        void twoDiscountsCombineOnWhatIsLeftNotBySum() {
            assertThat(PriceCalculator.cascade(dec("10"), dec("5"))).isEqualTo(dec("14.50"));
            assertThat(PriceCalculator.cascade(dec("2"), dec("2"))).isEqualTo(dec("3.96"));
        }

        @Test
        void noDiscountLeavesTheOtherAsItIs() {
            assertThat(PriceCalculator.cascade(BigDecimal.ZERO, dec("7.5"))).isEqualTo(dec("7.50"));
            assertThat(PriceCalculator.cascade(dec("12"), BigDecimal.ZERO)).isEqualTo(dec("12.00"));
        }

        @Test
        void theCombinedPercentageIsKeptToTheHundredthHalfUp() {
            // 100 − 87.5 × 92.5 / 100 = 19.0625
            assertThat(PriceCalculator.cascade(dec("12.5"), dec("7.5"))).isEqualTo(dec("19.06"));
            // 100 − 97.5 × 97.5 / 100 = 4.9375
            assertThat(PriceCalculator.cascade(dec("2.5"), dec("2.5"))).isEqualTo(dec("4.94"));
        }

        @Test
        void aCascadeIsOrderFreeAndLiesBetweenTheLargerDiscountAndTheSum() {
            java.util.Random random = new java.util.Random(14L);
            for (int c = 0; c < 300; c++) {
                BigDecimal a = BigDecimal.valueOf(random.nextInt(10_001), 2);
                BigDecimal b = BigDecimal.valueOf(random.nextInt(10_001), 2);

                BigDecimal ab = PriceCalculator.cascade(a, b);

                assertThat(ab).as("%s then %s", a, b).isEqualTo(PriceCalculator.cascade(b, a))
                        .isGreaterThanOrEqualTo(a.max(b)).isLessThanOrEqualTo(a.add(b))
                        .isLessThanOrEqualTo(new BigDecimal("100"));
            }
        }
    }

    @Nested
    class ChannelsAndNetPrices {

        private final List<PriceListItem> base = List.of(new PriceListItem(3L, SCREWS, dec("1"), dec("10.00"), null, null));
        private final List<CandidateList> baseOnly = List.of(new CandidateList(baseList, PriceSource.BASE));
        private final DiscountRule webOnly = DiscountRule.promotion("PROMO-WEB", "Solo web", SCREWS, null, dec("20"),
                null, null).onChannels(java.util.Set.of(Channel.WEB));

        private PriceQuote from(Channel channel, List<DiscountRule> rules) {
            return PriceCalculator.quote(product, Tier.C, channel, dec("1"), DAY, baseOnly, base, rules);
        }

        @Test
        void aPromotionForOneChannelHoldsOnlyForOrdersFromIt() {
            assertThat(from(Channel.WEB, List.of(webOnly)).discountPct()).isEqualByComparingTo("20");
            assertThat(from(Channel.PHONE, List.of(webOnly)).discountPct()).isZero();
            // A price asked outside an order is not a web-shop price.
            assertThat(from(null, List.of(webOnly)).discountPct()).isZero();
        }

        @Test
        void aNetPricePromotionSetsTheUnitPriceAndSaysSo() {
            DiscountRule net = DiscountRule.netPricePromotion("NETTO-7", "Viti a 7 euro", SCREWS, null, dec("7.00"),
                    null, null);

            PriceQuote quote = from(Channel.PHONE, List.of(net));

            assertThat(quote.unitPrice()).isEqualByComparingTo("7.00");
            assertThat(quote.discountPct()).isZero();
            assertThat(quote.explanation()).contains(Message.of("price.promotionNet", "NETTO-7", dec("7.00"),
                    "Viti a 7 euro"));
        }

        @Test
        void theCustomerGetsWhicheverLeavesTheLowerPrice() {
            DiscountRule net = DiscountRule.netPricePromotion("NETTO-85", "8.50", SCREWS, null, dec("8.50"), null, null);
            DiscountRule twenty = DiscountRule.forCategory("CAT-20", "Viteria", "VITERIA", dec("20"));

            assertThat(from(Channel.PHONE, List.of(net, twenty)).discountPct()).isEqualByComparingTo("20");
            assertThat(from(Channel.PHONE, List.of(net, twenty)).unitPrice()).isEqualByComparingTo("10.00");
            DiscountRule ten = DiscountRule.forCategory("CAT-10", "Viteria", "VITERIA", dec("10"));
            assertThat(from(Channel.PHONE, List.of(net, ten)).unitPrice()).isEqualByComparingTo("8.50");
        }

        @Test
        void aNetPriceAboveTheListPriceIsNoDiscount() {
            DiscountRule dearer = DiscountRule.netPricePromotion("NETTO-12", "12", SCREWS, null, dec("12.00"), null, null);

            assertThat(from(Channel.PHONE, List.of(dearer)).unitPrice()).isEqualByComparingTo("10.00");
        }

        @Test
        void promotionsOnOneProductCollideOnlyWhenTheyShareAChannel() {
            DiscountRule phone = DiscountRule.promotion("PROMO-TEL", "Telefono", SCREWS, null, dec("5"), null, null)
                    .onChannels(java.util.Set.of(Channel.PHONE));
            DiscountRule everywhere = DiscountRule.promotion("PROMO-ALL", "Tutti", SCREWS, null, dec("5"), null, null);

            assertThat(webOnly.conflictsWith(phone)).isFalse();
            assertThat(webOnly.conflictsWith(everywhere)).isTrue();
        }
    }
}

package it.ordo.application.order;

import it.ordo.Internals;
import it.ordo.infrastructure.persistence.JpaPricingRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.customer.Tier;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.pricing.DiscountRule;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Quote, preview and confirmation are three uses of one pipeline: for random
 * orders (fixed seeds) every line quoted while typing, given the earlier lines
 * of its order, is the confirmed line to the cent and to the day, and the
 * preview's totals are the confirmed order's.
 */
@Tag("db")
class OrderPipelineTest {

    private static final List<String> CUSTOMERS = List.of("C-A", "C-B", "C-C", "C-NOBO");
    private static final List<String> SKUS = List.of("P1", "P2", "P3");
    /** Above this net value an order-value discount applies to every line, which a single line's quote does not know. */
    private static final BigDecimal ORDER_DISCOUNT_FROM = new BigDecimal("600");

    private static TestCompany company;

    @BeforeAll
    static void company() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "150");
        company.receive("P2", "MIL", "60");
        company.receive("P3", "MIL", "25");
        // Supply arriving in steps, so lines that run out of stock get different promise dates (or none).
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal("40"), TestCompany.TODAY.plusDays(5), "PO-P1A");
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal("60"), TestCompany.TODAY.plusDays(15), "PO-P1B");
        company.ctx.inventory().addSupply("P2", "MIL", new BigDecimal("35.5"), TestCompany.TODAY.plusDays(3), "PO-P2");
        company.ctx.inventory().addSupply("P3", "MIL", new BigDecimal("20"), TestCompany.TODAY.plusDays(9), "PO-P3");
        Internals.transactions(company.ctx).write(() -> {
            var pricing = new JpaPricingRepository(Internals.transactions(company.ctx));
            pricing.store(DiscountRule.forTier("TA", "Clienti A", Tier.A, new BigDecimal("5")));
            pricing.store(DiscountRule.forTier("TB", "Clienti B", Tier.B, new BigDecimal("2.5")));
            pricing.store(DiscountRule.forCategory("CONC", "Concimi", "Concimi", new BigDecimal("7")));
            pricing.store(DiscountRule.forOrderValue("OV600", "Ordini oltre 600 €", ORDER_DISCOUNT_FROM,
                    new BigDecimal("3")));
        });
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void aQuotedLineIsTheConfirmedLineToTheCentAndTheDay() {
        Random random = new Random(20261127L);
        int confirmed = 0;
        int refused = 0;
        int backordered = 0;
        int orderDiscounted = 0;
        for (int n = 1; n <= 50; n++) {
            String customer = CUSTOMERS.get(random.nextInt(CUSTOMERS.size()));
            List<OrderRequest.LineRequest> lines = randomLines(random);
            String what = "order " + n + " of " + customer + " " + lines;

            // As the operator types it: each line quoted with the earlier lines of its product.
            List<LineQuote> quotes = new ArrayList<>();
            Map<String, BigDecimal> earlier = new HashMap<>();
            for (OrderRequest.LineRequest line : lines) {
                quotes.add(company.ctx.orderEntry().quote(customer, line.sku(), line.qty(),
                        earlier.getOrDefault(line.sku(), BigDecimal.ZERO), null, null));
                earlier.merge(line.sku(), line.qty(), BigDecimal::add);
            }
            OrderPreview preview = company.ctx.orderEntry().preview(customer, lines);
            OrderRequest request = new OrderRequest("PROP-" + n, Channel.PHONE, customer, null, null, null, null, lines);
            boolean quotedShort = quotes.stream().anyMatch(q -> q.availability() == LineQuote.Availability.NONE);

            if (customer.equals("C-NOBO") && quotedShort) {
                // The quote said "not available" to a customer who takes no backorders: confirmation refuses.
                assertThatThrownBy(() -> company.ctx.orders().place(request)).as(what)
                        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                                .extracting(Message::key).contains("order.shortfall"));
                refused++;
                continue;
            }
            OrderView placed = company.ctx.orders().place(request);
            assertThat(placed.status()).as(what).isEqualTo(OrderStatus.CONFIRMED);
            confirmed++;

            assertThat(preview.netTotal()).as(what).isEqualByComparingTo(placed.netTotal());
            assertThat(preview.vatTotal()).as(what).isEqualByComparingTo(placed.vatTotal());
            assertThat(preview.grossTotal()).as(what).isEqualByComparingTo(placed.grossTotal());
            boolean discounted = placed.lines().stream()
                    .anyMatch(l -> l.priceNote() != null && l.priceNote().contains("OV600"));
            orderDiscounted += discounted ? 1 : 0;
            for (int i = 0; i < lines.size(); i++) {
                LineQuote quote = quotes.get(i);
                OrderPreview.Line previewed = preview.lines().get(i);
                OrderView.Line line = placed.lines().get(i);
                String which = what + " line " + (i + 1);
                assertThat(quote.sku()).as(which).isEqualTo(line.sku());
                assertThat(quote.unitPrice()).as(which).isEqualByComparingTo(line.unitPrice());
                assertThat(previewed.discountPct()).as(which).isEqualByComparingTo(line.discountPct());
                assertThat(previewed.netAmount()).as(which).isEqualByComparingTo(line.netAmount());
                assertThat(previewed.vatAmount()).as(which).isEqualByComparingTo(line.vatAmount());
                assertThat(previewed.grossAmount()).as(which).isEqualByComparingTo(line.grossAmount());
                if (!discounted) {
                    // Without an order-value discount the line's own price is the whole price.
                    assertThat(quote.discountPct()).as(which).isEqualByComparingTo(line.discountPct());
                    assertThat(quote.netAmount()).as(which).isEqualByComparingTo(line.netAmount());
                    assertThat(quote.vatAmount()).as(which).isEqualByComparingTo(line.vatAmount());
                    assertThat(quote.grossAmount()).as(which).isEqualByComparingTo(line.grossAmount());
                }
                assertThat(quote.promiseDate()).as(which).isEqualTo(line.promisedDate());
                assertThat(quote.availability() == LineQuote.Availability.NOW).as(which)
                        .isEqualTo(line.backordered().signum() == 0);
                backordered += line.backordered().signum() > 0 ? 1 : 0;
            }
        }
        // The seed gives every case its share: plain confirmations, backorders, refusals and order discounts.
        assertThat(confirmed).isGreaterThan(30);
        assertThat(refused).isPositive();
        assertThat(backordered).isPositive();
        assertThat(orderDiscounted).isPositive();
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void aCodeIsFoundByOneRuleWhateverItsCaseAndSpaces() {
        LineQuote typed = company.ctx.orderEntry().quote(" c-b ", " p2 ", new BigDecimal("1.5"), null, null);
        assertThat(typed.sku()).isEqualTo("P2");

        OrderView placed = company.ctx.orders().place(new OrderRequest("CASE-1", Channel.EMAIL, " c-b ", " mil ", null,
                null, null, List.of(new OrderRequest.LineRequest(" p2 ", null, new BigDecimal("1.5")))));
        assertThat(placed.customerCode()).isEqualTo("C-B");
        assertThat(placed.warehouse()).isEqualTo("MIL");
        assertThat(placed.lines().getFirst().sku()).isEqualTo("P2");
        assertThat(placed.lines().getFirst().netAmount()).isEqualByComparingTo(typed.netAmount());
    }

    private static List<OrderRequest.LineRequest> randomLines(Random random) {
        List<OrderRequest.LineRequest> lines = new ArrayList<>();
        int count = 1 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String sku = SKUS.get(random.nextInt(SKUS.size()));
            BigDecimal qty = sku.equals("P2")
                    // Kilograms to the gram, from the 1 kg the base list starts at.
                    ? BigDecimal.valueOf(1000 + random.nextInt(14_000)).divide(new BigDecimal("1000"), 3, RoundingMode.UNNECESSARY)
                    : BigDecimal.valueOf(1 + random.nextInt(12));
            lines.add(new OrderRequest.LineRequest(sku, null, qty));
        }
        return lines;
    }
}

package it.ordo.domain.order;

import static it.ordo.domain.order.Orders.NOW;
import static it.ordo.domain.order.Orders.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Line arithmetic, rounding and totals as docs/pricing.md states them ("Amounts"). */
class SalesOrderAmountsTest {

    private static OrderLine line(String qty, String price, String discount, String vat) {
        return Orders.draft().addLine(1L, dec(qty), dec(price), dec(discount), dec(vat), null);
    }

    @ParameterizedTest(name = "{0} × {1} − {2} % at {3} % VAT: net {4}, VAT {5}")
    @CsvSource({
        // qty, unit price, discount %, VAT %, net, VAT
        "3,     9.99,   0,     22, 29.97,  6.59",
        "1,     0.125,  0,     22, 0.13,   0.03",   // half-up, not half-even (0.12)
        "1,     0.135,  0,     22, 0.14,   0.03",
        "3,     10.01,  12.5,  22, 26.28,  5.78",   // 26.27625 rounds up
        "1,     0.50,   0,     5,  0.50,   0.03",   // VAT 0.025 rounds up
        "2.5,   3.333,  0,     10, 8.33,   0.83",   // 8.3325
        "1,     100,    100,   22, 0.00,   0.00",
        "7,     1.10,   0,     0,  7.70,   0.00",
        "0.125, 8.00,   0,     4,  1.00,   0.04",
    })
    void aLineIsRoundedHalfUpToTheCentFromItsExactAmount(String qty, String price, String discount, String vat,
                                                        String net, String vatAmount) {
        OrderLine line = line(qty, price, discount, vat);

        assertThat(line.netAmount()).isEqualTo(dec(net));
        assertThat(line.vatAmount()).isEqualTo(dec(vatAmount));
        assertThat(line.grossAmount()).isEqualTo(dec(net).add(dec(vatAmount)));
    }

    @Test
    void theDiscountIsKeptToTheHundredthAndTheNetFollowsTheKeptFigure() {
        OrderLine line = line("1", "100", "12.345", "22");

        assertThat(line.discountPct()).isEqualTo(dec("12.35"));
        assertThat(line.netAmount()).isEqualTo(dec("87.65"));
    }

    @Test
    void theQuantityIsKeptToTheThousandth() {
        OrderLine line = line("1.2345", "1", "0", "22");

        assertThat(line.quantity()).isEqualTo(dec("1.235"));
        assertThat(line.netAmount()).isEqualTo(dec("1.24"));
    }

    @Test
    void linesAreNumberedInTheOrderTheyAreAdded() {
        SalesOrder order = Orders.draft();
        order.addLine(10L, dec("1"), dec("1"), BigDecimal.ZERO, dec("22"), null);
        order.addLine(20L, dec("1"), dec("1"), BigDecimal.ZERO, dec("22"), null);
        order.addLine(10L, dec("1"), dec("1"), BigDecimal.ZERO, dec("22"), null);

        assertThat(order.lines()).extracting(OrderLine::lineNo).containsExactly(1, 2, 3);
        assertThat(order.lines()).extracting(OrderLine::productId).containsExactly(10L, 20L, 10L);
        assertThat(order.lines()).allSatisfy(l -> assertThat(l.outstanding()).isEqualByComparingTo("1"));
    }

    @Test
    void theVatTotalIsTheSumOfTheLinesRoundedVatNotTheVatOfTheTotal() {
        SalesOrder order = Orders.draft();
        for (int i = 0; i < 3; i++) {
            order.addLine(i, dec("1"), dec("0.10"), BigDecimal.ZERO, dec("22"), null);
        }

        // each line 0.022 -> 0.02; 22 % of the 0.30 total would be 0.066 -> 0.07
        assertThat(order.netTotal()).isEqualTo(dec("0.30"));
        assertThat(order.vatTotal()).isEqualTo(dec("0.06"));
        assertThat(order.grossTotal()).isEqualTo(dec("0.36"));
    }

    @Test
    void theVatSummaryHasOneRowPerRateHighestFirstAndAddsUpToTheTotals() {
        SalesOrder order = Orders.draft();
        order.addLine(1L, dec("2"), dec("10.00"), BigDecimal.ZERO, dec("22"), null);   // 20.00 + 4.40
        order.addLine(2L, dec("1"), dec("3.33"), BigDecimal.ZERO, dec("4"), null);     // 3.33 + 0.13
        order.addLine(3L, dec("1"), dec("5.55"), BigDecimal.ZERO, dec("22.00"), null); // 5.55 + 1.22
        order.addLine(4L, dec("4"), dec("2.50"), dec("10"), dec("10"), null);          // 9.00 + 0.90

        Map<BigDecimal, BigDecimal[]> summary = order.vatSummary();

        assertThat(summary.keySet()).extracting(BigDecimal::intValueExact).containsExactly(22, 10, 4);
        assertThat(summary.get(dec("22"))).containsExactly(dec("25.55"), dec("5.62"));
        assertThat(summary.get(dec("10"))).containsExactly(dec("9.00"), dec("0.90"));
        assertThat(summary.get(dec("4"))).containsExactly(dec("3.33"), dec("0.13"));
        assertThat(order.netTotal()).isEqualTo(dec("37.88"));
        assertThat(order.vatTotal()).isEqualTo(dec("6.65"));
        assertThat(order.grossTotal()).isEqualTo(dec("44.53"));
    }

    @Test
    void anEmptyDraftTotalsZero() {
        SalesOrder order = Orders.draft();

        assertThat(order.netTotal()).isZero();
        assertThat(order.vatTotal()).isZero();
        assertThat(order.grossTotal()).isZero();
        assertThat(order.vatSummary()).isEmpty();
    }

    @Test
    void repricingALineMovesTheTotals() {
        SalesOrder order = Orders.draftWithLine();
        order.addLine(200L, dec("1"), dec("20.00"), BigDecimal.ZERO, dec("22"), null);
        OrderLine first = order.lines().getFirst();

        order.repriceLine(first, dec("5.00"), dec("14.50"), "order value");

        assertThat(first.netAmount()).isEqualTo(dec("42.75"));
        assertThat(first.priceNote()).isEqualTo("order value");
        assertThat(order.netTotal()).isEqualTo(dec("62.75"));
        assertThat(order.vatTotal()).isEqualTo(dec("9.41").add(dec("4.40")));
        assertThat(order.grossTotal()).isEqualTo(order.netTotal().add(order.vatTotal()));
    }

    @Test
    void aVeryLongPriceNoteIsCutToWhatTheLineKeeps() {
        OrderLine line = Orders.draft().addLine(1L, dec("1"), dec("1"), BigDecimal.ZERO, dec("22"), "x".repeat(400));

        assertThat(line.priceNote()).hasSize(300);
    }

    @Test
    void linesAndPricesAreFixedOnceTheOrderIsConfirmed() {
        SalesOrder order = Orders.confirmed();
        OrderLine line = order.lines().getFirst();

        assertThatThrownBy(() -> order.addLine(2L, dec("1"), dec("1"), BigDecimal.ZERO, dec("22"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("order.status.required");
                    assertThat(e.args()).containsExactly("ORD-2026-000001", "DRAFT", "CONFIRMED");
                });
        assertThatThrownBy(() -> order.repriceLine(line, dec("1"), BigDecimal.ZERO, null))
                .isInstanceOf(DomainException.class);
        assertThat(order.lines()).hasSize(1);
        assertThat(order.netTotal()).isEqualTo(dec("50.00"));
        assertThat(line.unitPrice()).isEqualTo(dec("5.00"));
        assertThat(order.history()).extracting(StatusChange::changedAt).containsOnly(NOW);
    }
}

package it.ordo.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random orders, a few hundred per property, from a fixed seed so a failure
 * repeats: whatever the lines, the document adds up.
 */
class SalesOrderPropertiesTest {

    private static final int CASES = 500;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    private static final int[] VAT_RATES = {22, 10, 5, 4, 0};

    private final Random random = new Random(20261201L);

    /** What a line was asked to be, kept to compute the expected amounts independently of the order. */
    private record Asked(BigDecimal qty, BigDecimal price, BigDecimal discount, BigDecimal vat) {
    }

    @Test
    void everyLineIsQuantityTimesPriceLessDiscountRoundedHalfUpToTheCent() {
        for (int c = 0; c < CASES; c++) {
            SalesOrder order = Orders.draft();
            List<Asked> asked = addRandomLines(order);

            for (int i = 0; i < asked.size(); i++) {
                Asked a = asked.get(i);
                OrderLine line = order.lines().get(i);
                // exact in BigDecimal: qty has 3 decimals, the discount 2, so nothing is lost before the one rounding
                BigDecimal exactNet = a.qty().multiply(a.price()).multiply(HUNDRED.subtract(a.discount()))
                        .divide(HUNDRED);
                BigDecimal net = exactNet.setScale(2, RoundingMode.HALF_UP);
                BigDecimal vat = net.multiply(a.vat()).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
                // descriptions as format and arguments: only a failure pays for the text
                assertThat(line.netAmount()).as("case %d line %d %s", c, i + 1, a).isEqualTo(net);
                assertThat(line.vatAmount()).as("case %d line %d %s", c, i + 1, a).isEqualTo(vat);
                assertThat(line.grossAmount()).as("case %d line %d %s", c, i + 1, a).isEqualTo(net.add(vat));
                assertThat(line.netAmount().subtract(exactNet).abs()).as("case %d line %d %s", c, i + 1, a)
                        .isLessThanOrEqualTo(HALF_CENT);
            }
        }
    }

    @Test
    void theTotalsAreTheSumsOfTheLines() {
        for (int c = 0; c < CASES; c++) {
            SalesOrder order = Orders.draft();
            addRandomLines(order);
            if (random.nextInt(4) == 0) {
                OrderLine some = order.lines().get(random.nextInt(order.lines().size()));
                order.repriceLine(some, randomPrice(), randomDiscount(), null);
            }

            BigDecimal net = order.lines().stream().map(OrderLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal vat = order.lines().stream().map(OrderLine::vatAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal gross = order.lines().stream().map(OrderLine::grossAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(order.netTotal()).as("case %d", c).isEqualByComparingTo(net);
            assertThat(order.vatTotal()).as("case %d", c).isEqualByComparingTo(vat);
            assertThat(order.grossTotal()).as("case %d", c).isEqualByComparingTo(gross)
                    .isEqualByComparingTo(order.netTotal().add(order.vatTotal()));
        }
    }

    @Test
    void theVatSummaryPerRateAddsUpToTheTotals() {
        for (int c = 0; c < CASES; c++) {
            SalesOrder order = Orders.draft();
            List<Asked> asked = addRandomLines(order);

            Map<BigDecimal, BigDecimal[]> summary = order.vatSummary();

            long rates = asked.stream().map(a -> a.vat().intValue()).distinct().count();
            assertThat(summary).as("case %d", c).hasSize((int) rates);
            assertThat(new ArrayList<>(summary.keySet())).as("highest rate first")
                    .isSortedAccordingTo((x, y) -> y.compareTo(x));
            BigDecimal taxable = BigDecimal.ZERO;
            BigDecimal vat = BigDecimal.ZERO;
            for (Map.Entry<BigDecimal, BigDecimal[]> row : summary.entrySet()) {
                BigDecimal rowNet = order.lines().stream().filter(l -> l.vatRate().compareTo(row.getKey()) == 0)
                        .map(OrderLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(row.getValue()[0]).as("case %d taxable at %s", c, row.getKey()).isEqualByComparingTo(rowNet);
                taxable = taxable.add(row.getValue()[0]);
                vat = vat.add(row.getValue()[1]);
            }
            assertThat(taxable).as("case %d", c).isEqualByComparingTo(order.netTotal());
            assertThat(vat).as("case %d", c).isEqualByComparingTo(order.vatTotal());
        }
    }

    private List<Asked> addRandomLines(SalesOrder order) {
        List<Asked> asked = new ArrayList<>();
        int lines = 1 + random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            BigDecimal qty = randomQty();
            BigDecimal price = randomPrice();
            BigDecimal discount = randomDiscount();
            // the same rate written 22 or 22.00 is one rate
            BigDecimal vat = BigDecimal.valueOf(VAT_RATES[random.nextInt(VAT_RATES.length)]);
            if (random.nextBoolean()) {
                vat = vat.setScale(2);
            }
            order.addLine(1 + random.nextInt(50), qty, price, discount, vat, null);
            asked.add(new Asked(qty.setScale(3, RoundingMode.HALF_UP), price, discount, vat));
        }
        return asked;
    }

    /** Whole pieces most of the time, weights and lengths to the thousandth otherwise. */
    private BigDecimal randomQty() {
        if (random.nextInt(3) > 0) {
            return BigDecimal.valueOf(1 + random.nextInt(500));
        }
        return BigDecimal.valueOf(1 + random.nextInt(200_000), 3);
    }

    /** Prices to the cent or, as some lists carry them, to four decimals. */
    private BigDecimal randomPrice() {
        return random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(100_000), 2)
                : BigDecimal.valueOf(random.nextInt(10_000_000), 4);
    }

    /** No discount, a round one, or a cascade's two decimals. */
    private BigDecimal randomDiscount() {
        return switch (random.nextInt(3)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> BigDecimal.valueOf(5L * random.nextInt(11));
            default -> BigDecimal.valueOf(random.nextInt(10_001), 2);
        };
    }
}

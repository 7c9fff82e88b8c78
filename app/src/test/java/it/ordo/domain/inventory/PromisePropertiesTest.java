package it.ordo.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Promise dates over random stock and supply, from a fixed seed: asking for
 * more, or coming after more earlier backorders, never gives an earlier date.
 * "No date" counts as later than every date.
 */
class PromisePropertiesTest {

    private static final int CASES = 500;
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    /** Orders a promise by how soon it is: no date (not covered) last. */
    private static final Comparator<LocalDate> SOONER = Comparator.nullsLast(Comparator.naturalOrder());

    private final Random random = new Random(31L);

    /** The one call into the calculator, so a change of its entry point is adapted here only. */
    private static Promise promise(BigDecimal requested, BigDecimal availableNow, List<SupplyLine> supply,
                                   BigDecimal alreadyPromised) {
        return PromiseCalculator.promise(new PromiseRequest(requested, availableNow, supply, alreadyPromised, TODAY));
    }

    @Test
    void moreQuantityNeverGivesAnEarlierDate() {
        for (int c = 0; c < CASES; c++) {
            List<SupplyLine> supply = randomSupply();
            BigDecimal available = qty(random.nextInt(40) - 5);
            BigDecimal promised = qty(random.nextInt(60));
            BigDecimal requested = qty(1 + random.nextInt(80));
            BigDecimal more = requested.add(qty(1 + random.nextInt(40)));

            LocalDate forLess = promise(requested, available, supply, promised).date();
            LocalDate forMore = promise(more, available, supply, promised).date();

            assertThat(SOONER.compare(forLess, forMore)).as("case %d: %s → %s, %s → %s", c, requested, forLess,
                    more, forMore).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void moreAlreadyPromisedNeverGivesAnEarlierDate() {
        for (int c = 0; c < CASES; c++) {
            List<SupplyLine> supply = randomSupply();
            BigDecimal available = qty(random.nextInt(40) - 5);
            BigDecimal requested = qty(1 + random.nextInt(80));
            BigDecimal promised = qty(random.nextInt(60));
            BigDecimal morePromised = promised.add(qty(1 + random.nextInt(40)));

            LocalDate before = promise(requested, available, supply, promised).date();
            LocalDate after = promise(requested, available, supply, morePromised).date();

            assertThat(SOONER.compare(before, after)).as("case %d", c).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void aPromisedDateIsNeverInThePastAndNeverPromisesWhatSupplyCannotCover() {
        for (int c = 0; c < CASES; c++) {
            List<SupplyLine> supply = randomSupply();
            BigDecimal available = qty(random.nextInt(40) - 5);
            BigDecimal requested = qty(1 + random.nextInt(80));
            BigDecimal promised = qty(random.nextInt(60));

            Promise promise = promise(requested, available, supply, promised);

            BigDecimal stock = available.max(BigDecimal.ZERO);
            assertThat(promise.fromStock()).as("case %d", c).isEqualByComparingTo(requested.min(stock));
            BigDecimal incoming = supply.stream().map(SupplyLine::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean coverable = requested.compareTo(stock.add(incoming.subtract(promised).max(BigDecimal.ZERO))) <= 0;
            assertThat(promise.coversAll()).as("case %d", c).isEqualTo(coverable);
            if (promise.coversAll()) {
                assertThat(promise.date()).as("case %d", c).isAfterOrEqualTo(TODAY);
            }
        }
    }

    /** Open supply as the repository hands it over: earliest expected date first. */
    private List<SupplyLine> randomSupply() {
        List<SupplyLine> supply = new ArrayList<>();
        int lines = random.nextInt(5);
        for (int i = 0; i < lines; i++) {
            SupplyLine line = new SupplyLine("PO-" + i, 100L, 1L, qty(1 + random.nextInt(30)),
                    TODAY.plusDays(random.nextInt(40) - 5));
            if (random.nextInt(4) == 0) {
                line.receive(qty(random.nextInt(10)));
            }
            supply.add(line);
        }
        supply.sort(Comparator.comparing(SupplyLine::expectedDate));
        return supply;
    }

    private static BigDecimal qty(int units) {
        return BigDecimal.valueOf(units);
    }
}

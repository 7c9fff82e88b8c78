package it.ordo.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Promise dates from stock now and open supply, earliest arrivals first, after earlier backorders. */
class PromiseCalculatorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");

    /** The one call into the calculator, so a change of its entry point is adapted here only. */
    private static Promise promise(String requested, String availableNow, List<SupplyLine> supply, String alreadyPromised) {
        return PromiseCalculator.promise(new PromiseRequest(new BigDecimal(requested), new BigDecimal(availableNow),
                supply, new BigDecimal(alreadyPromised), TODAY));
    }

    private static SupplyLine supply(String po, String qty, int inDays) {
        return new SupplyLine(po, 100L, 1L, new BigDecimal(qty), TODAY.plusDays(inDays));
    }

    @Test
    void whatIsInStockIsPromisedForToday() {
        Promise promise = promise("5", "8", List.of(supply("PO-1", "100", 3)), "0");

        assertThat(promise.date()).isEqualTo(TODAY);
        assertThat(promise.coversAll()).isTrue();
        assertThat(promise.fromStock()).isEqualByComparingTo("5");
        assertThat(promise.explanation()).containsExactly(Message.of("promise.availableNow", new BigDecimal("8")));
    }

    @Test
    void exactlyWhatIsInStockIsStillToday() {
        assertThat(promise("8", "8", List.of(), "0").date()).isEqualTo(TODAY);
    }

    @Test
    void theRestWaitsForTheFirstSupplyThatCoversIt() {
        List<SupplyLine> supply = List.of(supply("PO-1", "3", 2), supply("PO-2", "10", 5), supply("PO-3", "50", 9));

        Promise promise = promise("12", "4", supply, "0");

        // 4 now, 3 on day 2, the remaining 5 from the 10 of day 5
        assertThat(promise.date()).isEqualTo(TODAY.plusDays(5));
        assertThat(promise.fromStock()).isEqualByComparingTo("4");
        assertThat(promise.explanation()).extracting(Message::key)
                .containsExactly("promise.availableNow", "promise.arrives", "promise.arrives");
    }

    @Test
    void earlierBackordersTakeTheEarliestArrivalsFirst() {
        List<SupplyLine> supply = List.of(supply("PO-1", "10", 2), supply("PO-2", "10", 5));

        Promise promise = promise("5", "0", supply, "8");

        // 8 of the 10 on day 2 are promised already: 2 free there, 3 more from day 5
        assertThat(promise.date()).isEqualTo(TODAY.plusDays(5));
        assertThat(promise.explanation().get(1)).isEqualTo(Message.of("promise.arrivesPartlyPromised",
                new BigDecimal("10"), TODAY.plusDays(2), "PO-1", new BigDecimal("8")));
    }

    @Test
    void aSupplyLineFullyPromisedToOthersGivesNothing() {
        List<SupplyLine> supply = List.of(supply("PO-1", "10", 2), supply("PO-2", "10", 5));

        assertThat(promise("2", "0", supply, "10").date()).isEqualTo(TODAY.plusDays(5));
        assertThat(promise("1", "0", supply, "9").date()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void withoutEnoughSupplyThereIsNoDate() {
        Promise promise = promise("30", "5", List.of(supply("PO-1", "10", 2)), "0");

        assertThat(promise.date()).isNull();
        assertThat(promise.coversAll()).isFalse();
        assertThat(promise.fromStock()).isEqualByComparingTo("5");
        assertThat(promise.explanation().getLast()).isEqualTo(Message.of("promise.noSupply", new BigDecimal("15")));
    }

    @Test
    void overdueSupplyIsPromisedForTodayNotForThePast() {
        Promise promise = promise("5", "0", List.of(supply("PO-LATE", "10", -3)), "0");

        assertThat(promise.date()).isEqualTo(TODAY);
    }

    @Test
    void partlyReceivedSupplyCountsOnlyWhatIsStillToCome() {
        SupplyLine partly = supply("PO-1", "10", 2);
        assertThat(partly.receive(new BigDecimal("7"))).isEqualByComparingTo("7");
        SupplyLine later = supply("PO-2", "10", 6);

        assertThat(promise("3", "0", List.of(partly, later), "0").date()).isEqualTo(TODAY.plusDays(2));
        assertThat(promise("4", "0", List.of(partly, later), "0").date()).isEqualTo(TODAY.plusDays(6));
    }

    @Test
    void stockBelowZeroCountsAsNone() {
        Promise promise = promise("2", "-3", List.of(supply("PO-1", "2", 4)), "0");

        assertThat(promise.fromStock()).isZero();
        assertThat(promise.date()).isEqualTo(TODAY.plusDays(4));
    }

    @Test
    void aSupplyLineReceivesNoMoreThanItStillExpects() {
        SupplyLine line = supply("PO-1", "10", 2);

        assertThat(line.receive(new BigDecimal("12"))).isEqualByComparingTo("10");
        assertThat(line.outstanding()).isZero();
        assertThat(line.receivedQty()).isEqualByComparingTo("10");
    }

    @Test
    void aSupplyLineOfNothingIsRefused() {
        assertThatThrownBy(() -> supply("PO-0", "0", 2)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("quantity.notPositive"));
    }
}

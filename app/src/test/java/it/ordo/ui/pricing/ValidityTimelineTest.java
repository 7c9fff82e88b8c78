package it.ordo.ui.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a validity period falls on the Prices screen's year, and the colour it gets: pure rules, no screen. */
class ValidityTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private final ValidityTimeline timeline = new ValidityTimeline(TODAY);

    @Test
    void theYearRunsFromTheFirstOfLastMonthAndKeepsDaysOutsideItAtItsEdges() {
        assertThat(timeline.position(LocalDate.of(2026, 11, 1))).isZero();
        assertThat(timeline.position(LocalDate.of(2027, 11, 1))).isEqualTo(1.0);
        assertThat(timeline.position(LocalDate.of(2020, 1, 1))).isZero();
        assertThat(timeline.position(LocalDate.of(2030, 1, 1))).isEqualTo(1.0);
        // 5 December is 34 days into a year of 365: a tenth of the way, where today's line is drawn.
        assertThat(timeline.position(TODAY)).isCloseTo(34 / 365.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(timeline.position(LocalDate.of(2027, 1, 1))).isGreaterThan(timeline.position(TODAY));
    }

    @Test
    void aPeriodIsHoldingTodayStartingLaterEndedOrSwitchedOff() {
        assertThat(timeline.kind(new ValidityTimeline.Period(null, null, true))).isEqualTo("validity-now");
        assertThat(timeline.kind(new ValidityTimeline.Period(TODAY, TODAY, true))).isEqualTo("validity-now");
        assertThat(timeline.kind(new ValidityTimeline.Period(TODAY.plusDays(1), null, true)))
                .isEqualTo("validity-future");
        assertThat(timeline.kind(new ValidityTimeline.Period(null, TODAY.minusDays(1), true))).isEqualTo("validity-past");
        assertThat(timeline.kind(new ValidityTimeline.Period(null, null, false))).isEqualTo("validity-off");
    }
}

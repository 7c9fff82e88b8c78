package it.ordo.application.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.reporting.DashboardViewModel;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's sales beside the same period before, hand-computed from
 * P1 at 10.00 € (C-B pays list). Today is Friday 27 November 2026:
 * <ul>
 * <li>5 Oct 10 × P1 = 100.00 and 30 Oct 3 × P1 = 30.00 (after the 27th: outside "the same days" of October);</li>
 * <li>Friday 20 Nov 5 × P1 = 50.00: the same weekday a week ago, and the week before;</li>
 * <li>Monday 23 Nov 2 × P1 = 20.00; today 8 × P1 = 80.00.</li>
 * </ul>
 * Today 80.00 against 50.00: +60 %. This week 100.00 against 50.00: +100 %.
 * This month (1–27 Nov) 150.00 against 1–27 Oct 100.00: +50 %.
 */
class PeriodComparisonTest {

    private static TestCompany company;

    @BeforeAll
    static void sales() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        sell(LocalDate.of(2026, 10, 5), "10");
        sell(LocalDate.of(2026, 10, 30), "3");
        sell(LocalDate.of(2026, 11, 20), "5");
        sell(LocalDate.of(2026, 11, 23), "2");
        sell(LocalDate.of(2026, 11, 27), "8");
    }

    private static void sell(LocalDate day, String qty) {
        company.clock.set(day.atTime(9, 30).atZone(TestCompany.ROME).toInstant());
        company.order("C-B", "B-" + day, "P1", qty);
    }

    @AfterAll
    static void close() {
        company.close();
    }

    @Test
    void eachSalesFigureStandsBesideTheSamePeriodBefore() {
        Dashboard d = company.ctx.kpis().dashboard();

        assertThat(d.day().beforePeriod()).isEqualTo(new SalesPeriod(LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20)));
        assertThat(d.day().totals().net()).isEqualByComparingTo("80.00");
        assertThat(d.day().before().net()).isEqualByComparingTo("50.00");
        assertThat(d.day().change()).isEqualByComparingTo("0.60");

        assertThat(d.week().beforePeriod()).isEqualTo(new SalesPeriod(LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 20)));
        assertThat(d.week().totals().net()).isEqualByComparingTo("100.00");
        assertThat(d.week().before().orders()).isEqualTo(1);
        assertThat(d.week().change()).isEqualByComparingTo("1.00");

        assertThat(d.month().beforePeriod()).isEqualTo(new SalesPeriod(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 27)));
        assertThat(d.month().totals().net()).isEqualByComparingTo("150.00");
        assertThat(d.month().before().net()).as("30 October is not among the same days")
                .isEqualByComparingTo("100.00");
        assertThat(d.month().change()).isEqualByComparingTo("0.50");
    }

    /**
     * The dashboard reads its six periods in one pass over the two stretches they make (1–27 October, 1–27
     * November), each line totalled in every period holding it; the sales report reads one period alone. Each
     * tile's totals, to the cent, and the month's top customers and channels are the report's of its period.
     */
    @Test
    void eachTileIsTheSalesReportOfItsPeriodReadAlone() {
        Dashboard d = company.ctx.kpis().dashboard();
        SalesReportService reports = company.ctx.salesReports();
        for (Dashboard.Figures f : java.util.List.of(d.day(), d.week(), d.month())) {
            assertThat(f.totals()).as(f.period().toString())
                    .isEqualTo(reports.sales(SalesGrouping.CHANNEL, f.period()).totals());
            assertThat(f.before()).as(f.beforePeriod().toString())
                    .isEqualTo(reports.sales(SalesGrouping.CHANNEL, f.beforePeriod()).totals());
        }
        assertThat(d.month().totals().lines()).isEqualTo(3);
        assertThat(d.month().before().cost()).isPositive();
        assertThat(d.topCustomers()).isEqualTo(reports.sales(SalesGrouping.CUSTOMER, d.month().period()).groups());
        assertThat(d.topChannels()).isEqualTo(reports.sales(SalesGrouping.CHANNEL, d.month().period()).groups());
    }

    /**
     * The first paint's figures come from the orders alone, read apart from the lines: the same six periods, the
     * same orders and totals to the cent as the full reading of the same moment, and the same comparisons.
     */
    @Test
    void theHeadlineIsTheFullReadingsFiguresWithoutALineRead() {
        DashboardHeadline h = company.ctx.kpis().headline();

        assertThat(h).isEqualTo(company.ctx.kpis().dashboard().headline());
        assertThat(h.day().totals().net()).isEqualByComparingTo("80.00");
        assertThat(h.day().change()).isEqualByComparingTo("0.60");
        assertThat(h.week().before().orders()).isEqualTo(1);
        assertThat(h.month().totals().orders()).isEqualTo(3);
        assertThat(h.month().totals().net()).isEqualByComparingTo("150.00");
        assertThat(h.month().before().net()).as("30 October is not among the same days")
                .isEqualByComparingTo("100.00");
        assertThat(h.month().beforePeriod()).isEqualTo(new SalesPeriod(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 27)));
        assertThat(h.month().change()).isEqualByComparingTo("0.50");
    }

    @Test
    void theTilesSayTheComparisonAndAPeriodBeforeWithNoSalesHasNoPercentage() {
        DashboardViewModel model = new DashboardViewModel(company.ctx.kpis(), new Texts(Locale.ENGLISH),
                new it.ordo.ui.SameThreadExecutor());
        model.refresh();

        assertThat(model.tiles().get(0).detail()).contains("Same days before: €50.00 (+60 %)");
        assertThat(model.tiles().get(1).detail()).contains("(+100 %)");
        assertThat(model.tiles().get(2).detail()).contains("€100.00 (+50 %)");

        company.clock.set(LocalDate.of(2026, 11, 28).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
        try {
            Dashboard saturday = company.ctx.kpis().dashboard();
            assertThat(saturday.day().before().net()).isZero();
            assertThat(saturday.day().change()).isNull();
        } finally {
            company.clock.set(LocalDate.of(2026, 11, 27).atTime(18, 0).atZone(TestCompany.ROME).toInstant());
        }
    }

    @Test
    void theMonthBeforeIsHeldToItsLength() {
        SalesPeriod march = new SalesPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
        assertThat(march.sameBefore(SalesPeriod.Span.MONTH))
                .isEqualTo(new SalesPeriod(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
        SalesPeriod leap = new SalesPeriod(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 30));
        assertThat(leap.sameBefore(SalesPeriod.Span.MONTH))
                .isEqualTo(new SalesPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        SalesPeriod week = new SalesPeriod(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 6));
        assertThat(week.sameBefore(SalesPeriod.Span.WEEK))
                .isEqualTo(new SalesPeriod(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 30)));
    }
}

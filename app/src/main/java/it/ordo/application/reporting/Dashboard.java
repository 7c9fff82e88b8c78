package it.ordo.application.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The manager's dashboard on {@code today}: sales today, this week (from
 * Monday) and this month (from the 1st), each beside the same period before, open orders waiting for stock,
 * open orders past their promise date, and the month's top customers and
 * channels by taxable, the month's shipments with the time from order to
 * shipment, and the month's on-time-in-full rate ({@link FulfilmentFigures},
 * as in the fulfilment report), the month's returns against its shipments and the tickets open past their
 * due time ({@link ManagementFigures}, as in the returns and tickets reports). Every sales figure is
 * {@link SalesFigures}'s, as in the reports and the accounting export of the same period.
 */
public record Dashboard(LocalDate today, Instant madeAt, Figures day, Figures week, Figures month,
                        long ordersWithBackorders, long lateOrders, List<SalesGroup> topCustomers,
                        List<SalesGroup> topChannels, FulfilmentGroup monthFulfilment, OnTimeInFull monthOnTimeInFull,
                        ReturnGroup monthReturns, long ticketsOverSla) {

    public Dashboard {
        topCustomers = List.copyOf(topCustomers);
        topChannels = List.copyOf(topChannels);
    }

    /** The figures of the first paint, from this reading: the same as {@link KpiService#headline} at this moment. */
    public DashboardHeadline headline() {
        return new DashboardHeadline(today, madeAt, day.headline(), week.headline(), month.headline(),
                ordersWithBackorders, lateOrders, ticketsOverSla);
    }

    /**
     * The totals of one period and of the same period before it
     * ({@link SalesPeriod#sameBefore}): today against the same weekday a week
     * ago, the week so far against the same days of the week before, the
     * month so far against the same days of the month before.
     */
    public record Figures(SalesPeriod period, SalesTotals totals, SalesPeriod beforePeriod, SalesTotals before) {

        /**
         * The change of taxable against the period before, as a fraction
         * (0.125 is +12.5 %); null when the period before sold nothing.
         */
        public BigDecimal change() {
            return headline().change();
        }

        /** The figures of the orders' own totals: the sales tile of the first paint. */
        public DashboardHeadline.Sales headline() {
            return new DashboardHeadline.Sales(period, totals.orderTotals(), beforePeriod, before.orderTotals());
        }
    }
}

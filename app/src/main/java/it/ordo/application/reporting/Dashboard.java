package it.ordo.application.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The manager's dashboard on {@code today}: sales today, this week (from
 * Monday) and this month (from the 1st), open orders waiting for stock,
 * open orders past their promise date, and the month's top customers and
 * channels by taxable. Every sales figure is {@link SalesFigures}'s, as in
 * the reports and the accounting export of the same period.
 */
public record Dashboard(LocalDate today, Instant madeAt, Figures day, Figures week, Figures month,
                        long ordersWithBackorders, long lateOrders, List<SalesGroup> topCustomers,
                        List<SalesGroup> topChannels) {

    public Dashboard {
        topCustomers = List.copyOf(topCustomers);
        topChannels = List.copyOf(topChannels);
    }

    /** The totals of one period. */
    public record Figures(SalesPeriod period, SalesTotals totals) {
    }
}

package it.ordo.application.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The dashboard's first paint on {@code today}: the tiles whose figures need no order line. Sales today, this
 * week and this month beside the same period before from the orders' own totals ({@link OrderTotals}), the open
 * orders waiting for stock and past their promise, the tickets past due. The full {@link Dashboard} gives the same
 * figures ({@link Dashboard#headline}) with those that total the lines (cost, margin, fill rate, the top customers
 * and channels) and the month's shipments, promises and returns.
 */
public record DashboardHeadline(LocalDate today, Instant madeAt, Sales day, Sales week, Sales month,
                                long ordersWithBackorders, long lateOrders, long ticketsOverSla) {

    /**
     * One sales tile: the orders sold in the period and in the same period before it ({@link SalesPeriod#sameBefore}).
     */
    public record Sales(SalesPeriod period, OrderTotals totals, SalesPeriod beforePeriod, OrderTotals before) {

        /**
         * The change of taxable against the period before, as a fraction (0.125 is +12.5 %); null when the period
         * before sold nothing.
         */
        public BigDecimal change() {
            if (before.net().signum() == 0) {
                return null;
            }
            return totals.net().subtract(before.net()).divide(before.net(), 4, RoundingMode.HALF_UP);
        }
    }
}

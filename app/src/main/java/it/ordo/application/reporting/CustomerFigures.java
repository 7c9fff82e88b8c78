package it.ordo.application.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A customer's value over the last twelve months ({@code period}: the day twelve months before today, plus
 * one, up to today), each figure by the definition the dashboard and the reports use (docs/kpi.md):
 * {@code sales} as the sales figures ({@code margin} and {@code cost} null for a user who may not see costs),
 * {@code returns} as the returns report's row of the customer, {@code onTime} as the fulfilment report's
 * on-time-in-full over the orders promised in the period; the tickets still to be answered now, and how many
 * of them are past their due time.
 */
public record CustomerFigures(String customerCode, SalesPeriod period, SalesTotals sales, ReturnGroup returns,
                              OnTimeInFull onTime, long openTickets, long ticketsPastDue) {

    /** Taxable per order sold, to the cent; null when nothing was sold. */
    public BigDecimal averageOrder() {
        return sales.orders() == 0 ? null
                : sales.net().divide(BigDecimal.valueOf(sales.orders()), 2, RoundingMode.HALF_UP);
    }

    /** Orders promised in the period and not shipped in full by their promised day. */
    public long lateDeliveries() {
        return onTime.promised() - onTime.kept();
    }
}

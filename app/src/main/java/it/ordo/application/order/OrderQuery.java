package it.ordo.application.order;

import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import java.time.LocalDate;

/**
 * A page of the order list as a screen asks for it. Every filter may be null.
 * {@code customer}: the start of a customer code or part of the name;
 * {@code text}: part of the order number, external reference or customer name;
 * {@code from}/{@code to}: the days the orders were taken (both included, in
 * the company's time zone).
 */
public record OrderQuery(OrderStatus status, Channel channel, Priority priority, String customer, LocalDate from,
                         LocalDate to, String text, OrderSort sort, boolean descending, int offset, int limit) {

    /** The newest orders first, no filter. */
    public static OrderQuery newest(int limit) {
        return new OrderQuery(null, null, null, null, null, null, null, OrderSort.ORDER_DATE, true, 0, limit);
    }
}

package it.ordo.application.order;

import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderFollowUp;
import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import java.time.LocalDate;

/**
 * A page of the order list as a screen asks for it. Every filter may be null.
 * {@code customer}: the start of a customer code or part of the name;
 * {@code text}: part of the order number, external reference or customer name;
 * {@code from}/{@code to}: the days the orders were taken (both included, in
 * the company's time zone); {@code customerCode}: exactly this customer's
 * orders (its code by the one rule for codes; an unknown code is refused);
 * {@code followUp}: only the orders behind a dashboard figure (late today, waiting for stock, or sold, when
 * {@code from}/{@code to} are the days of confirmation), null for every order.
 */
public record OrderQuery(OrderStatus status, Channel channel, Priority priority, String customer, LocalDate from,
                         LocalDate to, String text, OrderSort sort, boolean descending, int offset, int limit,
                         String customerCode, OrderFollowUp followUp) {

    /** A query with no follow-up list. */
    public OrderQuery(OrderStatus status, Channel channel, Priority priority, String customer, LocalDate from,
                      LocalDate to, String text, OrderSort sort, boolean descending, int offset, int limit,
                      String customerCode) {
        this(status, channel, priority, customer, from, to, text, sort, descending, offset, limit, customerCode,
                null);
    }

    /** A query with no exact customer. */
    public OrderQuery(OrderStatus status, Channel channel, Priority priority, String customer, LocalDate from,
                      LocalDate to, String text, OrderSort sort, boolean descending, int offset, int limit) {
        this(status, channel, priority, customer, from, to, text, sort, descending, offset, limit, null);
    }

    /** The newest orders of one customer, or of everyone for a null code, with the given status (any for null). */
    public static OrderQuery latest(OrderStatus status, String customerCode, int limit) {
        return new OrderQuery(status, null, null, null, null, null, null, OrderSort.ORDER_DATE, true, 0, limit,
                customerCode);
    }

    /** The newest orders first, no filter. */
    public static OrderQuery newest(int limit) {
        return new OrderQuery(null, null, null, null, null, null, null, OrderSort.ORDER_DATE, true, 0, limit);
    }

    /** The same filters and sort, asking for the rows from {@code at}. */
    public OrderQuery page(int at, int rows) {
        return new OrderQuery(status, channel, priority, customer, from, to, text, sort, descending, at, rows,
                customerCode, followUp);
    }
}

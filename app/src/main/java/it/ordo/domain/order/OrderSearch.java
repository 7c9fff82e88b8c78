package it.ordo.domain.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an order list asks for: every criterion may be null (no filter).
 * {@code customer} matches the start of a customer code or any part of the
 * name; {@code text} any part of the order number, the external reference or
 * the customer's name; both ignore case. Orders taken from {@code takenFrom}
 * (inclusive) up to {@code takenBefore} (exclusive). {@code customerId}: the
 * orders of exactly that customer. {@code customerIds}: only orders of these
 * customers (a sales agent's), null for every customer. {@code followUp}: only the orders behind a
 * dashboard figure ({@link OrderFollowUp}), late as of {@code today}; for {@link OrderFollowUp#SOLD}
 * {@code takenFrom}/{@code takenBefore} bound the confirmation instead of the entry.
 */
public record OrderSearch(OrderStatus status, Channel channel, Priority priority, String customer,
                          Instant takenFrom, Instant takenBefore, String text, OrderSort sort, boolean descending,
                          Long customerId, Set<Long> customerIds, OrderFollowUp followUp, LocalDate today) {

    /** Orders of the customers given, with no follow-up list. */
    public OrderSearch(OrderStatus status, Channel channel, Priority priority, String customer,
                       Instant takenFrom, Instant takenBefore, String text, OrderSort sort, boolean descending,
                       Long customerId, Set<Long> customerIds) {
        this(status, channel, priority, customer, takenFrom, takenBefore, text, sort, descending, customerId,
                customerIds, null, null);
    }

    /** Orders of every customer. */
    public OrderSearch(OrderStatus status, Channel channel, Priority priority, String customer,
                       Instant takenFrom, Instant takenBefore, String text, OrderSort sort, boolean descending,
                       Long customerId) {
        this(status, channel, priority, customer, takenFrom, takenBefore, text, sort, descending, customerId, null);
    }

    public OrderSearch {
        if (followUp == OrderFollowUp.LATE && today == null) {
            throw new IllegalArgumentException("late orders need the day they are late on");
        }
        customerIds = customerIds == null ? null : Set.copyOf(customerIds);
        customer = blankToNull(customer);
        text = blankToNull(text);
        sort = sort == null ? OrderSort.ORDER_DATE : sort;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package it.ordo.domain.notification;

import it.ordo.domain.order.OrderStatus;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a customer is warned of a delay: the order's promised date (the date
 * of its last line) moved later, or was lost (no supply in sight any more),
 * while the order is still to leave. An earlier date, the first promise and
 * a date set again to the same day are no news.
 */
public final class DelaySlip {

    /** Orders whose customer is still waiting for the goods. */
    private static final Set<OrderStatus> WAITING = EnumSet.of(OrderStatus.CONFIRMED, OrderStatus.ON_HOLD,
            OrderStatus.PICKING, OrderStatus.PACKED);

    private DelaySlip() {
    }

    /** Whether the customer still waits for the order: only such orders are warned of a delay. */
    public static boolean waiting(OrderStatus status) {
        return status != null && WAITING.contains(status);
    }

    public static boolean slipped(OrderStatus status, LocalDate before, LocalDate after) {
        return status != null && WAITING.contains(status) && before != null && (after == null || after.isAfter(before));
    }

    /** The facts kept with the message: {@code 2026-12-09>2027-01-15}, or {@code 2026-12-09>} when no date is known. */
    public static String detail(LocalDate before, LocalDate after) {
        return before + ">" + (after == null ? "" : after.toString());
    }

    public static LocalDate before(String detail) {
        return LocalDate.parse(detail.substring(0, detail.indexOf('>')));
    }

    /** Null when the new date is not known. */
    public static LocalDate after(String detail) {
        String to = detail.substring(detail.indexOf('>') + 1);
        return to.isEmpty() ? null : LocalDate.parse(to);
    }
}

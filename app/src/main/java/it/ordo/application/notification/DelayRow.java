package it.ordo.application.notification;

import it.ordo.domain.order.OrderStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order of the Delays list: what the customer asked, what is promised now,
 * why it is a worry, and when the customer was last told (null: never).
 */
public record DelayRow(String orderNumber, String customerCode, String customerName, OrderStatus status,
                       LocalDate requestedDate, LocalDate promisedDate, Why why, Instant warnedAt) {

    /** LATE: the promise is past and the goods have not left; NO_DATE: nobody knows when; SLIPPED: later than asked. */
    public enum Why {
        LATE, NO_DATE, SLIPPED, WARNED
    }
}

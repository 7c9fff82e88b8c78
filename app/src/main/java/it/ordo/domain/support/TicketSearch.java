package it.ordo.domain.support;

import java.time.Instant;

/**
 * Filters of the ticket list; null or blank means any. {@code text} is looked
 * for in the subject and the thread; {@code number} is the ticket's number,
 * {@code customerCode}, {@code orderNumber} and {@code sku} what it is linked to;
 * {@code overdueAt}: only tickets past their due time at that moment and not resolved or closed.
 */
public record TicketSearch(String text, String number, String customerCode, String orderNumber, String sku,
                           TicketStatus status, String assignee, TicketPriority priority, Instant overdueAt) {

    public TicketSearch(String text, String number, String customerCode, String orderNumber, String sku,
                        TicketStatus status, String assignee) {
        this(text, number, customerCode, orderNumber, sku, status, assignee, null, null);
    }

    public static TicketSearch all() {
        return new TicketSearch(null, null, null, null, null, null, null);
    }
}

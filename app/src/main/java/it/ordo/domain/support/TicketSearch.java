package it.ordo.domain.support;

/**
 * Filters of the ticket list; null or blank means any. {@code text} is looked
 * for in the subject and the thread; {@code number} is the ticket's number,
 * {@code customerCode}, {@code orderNumber} and {@code sku} what it is linked to.
 */
public record TicketSearch(String text, String number, String customerCode, String orderNumber, String sku,
                           TicketStatus status, String assignee) {

    public static TicketSearch all() {
        return new TicketSearch(null, null, null, null, null, null, null);
    }
}

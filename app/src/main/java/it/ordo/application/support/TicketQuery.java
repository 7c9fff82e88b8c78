package it.ordo.application.support;

import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketSearch;
import it.ordo.domain.support.TicketStatus;
import java.time.Instant;

/**
 * Filters and page of the ticket list; null or blank filters match every ticket; {@code overdueOnly}: only
 * tickets past their due time and not resolved or closed.
 */
public record TicketQuery(String text, String number, String customerCode, String orderNumber, String sku,
                          TicketStatus status, String assignee, int offset, int limit, TicketPriority priority,
                          boolean overdueOnly) {

    public TicketQuery(String text, String number, String customerCode, String orderNumber, String sku,
                       TicketStatus status, String assignee, int offset, int limit) {
        this(text, number, customerCode, orderNumber, sku, status, assignee, offset, limit, null, false);
    }

    public static TicketQuery all(int limit) {
        return new TicketQuery(null, null, null, null, null, null, null, 0, limit);
    }

    TicketSearch search(Instant now) {
        return new TicketSearch(text, number, customerCode, orderNumber, sku, status, assignee, priority,
                overdueOnly ? now : null);
    }
}

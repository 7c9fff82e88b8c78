package it.ordo.application.support;

import it.ordo.domain.support.TicketSearch;
import it.ordo.domain.support.TicketStatus;

/** Filters and page of the ticket list; null or blank filters match every ticket. */
public record TicketQuery(String text, String number, String customerCode, String orderNumber, String sku,
                          TicketStatus status, String assignee, int offset, int limit) {

    public static TicketQuery all(int limit) {
        return new TicketQuery(null, null, null, null, null, null, null, 0, limit);
    }

    TicketSearch search() {
        return new TicketSearch(text, number, customerCode, orderNumber, sku, status, assignee);
    }
}

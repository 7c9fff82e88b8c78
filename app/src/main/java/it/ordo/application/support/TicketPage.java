package it.ordo.application.support;

import java.util.List;

/** One page of the ticket list and how many tickets match in all. */
public record TicketPage(List<TicketRow> rows, long total, int offset, int limit) {

    public TicketPage {
        rows = List.copyOf(rows);
    }

    public boolean hasNext() {
        return offset + rows.size() < total;
    }
}

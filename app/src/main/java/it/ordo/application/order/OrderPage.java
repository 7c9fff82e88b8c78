package it.ordo.application.order;

import it.ordo.domain.order.OrderListing;
import java.util.List;

/** One page of an order list and how many orders match in all ({@code offset} is the first row's position, from 0). */
public record OrderPage(List<OrderListing> rows, long total, int offset, int limit) {

    public OrderPage {
        rows = List.copyOf(rows);
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public boolean hasNext() {
        return offset + rows.size() < total;
    }
}

package it.ordo.infrastructure.persistence;

import it.ordo.domain.order.OrderStatus;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/**
 * The JPQL conditions of the orders behind the dashboard's open-order figures, written once: the tiles count
 * with them ({@link JpaSalesFacts}) and the order list filters with them ({@link JpaOrderRepository}), so the
 * list a tile opens holds exactly the orders the tile counted. Each applies to a {@code SalesOrder o}.
 */
final class OrderConditions {

    /** Orders still to be shipped; one ON_HOLD counts when it was held after confirmation. */
    static final String OPEN = " and (o.status in :open or (o.status = :held and o.confirmedAt is not null))";

    /** Open and promised before {@code :today}. */
    static final String LATE = " and o.promisedDate < :today" + OPEN;

    /** Open with a line waiting for stock. */
    static final String WAITING_FOR_STOCK =
            " and exists (select l.id from OrderLine l where l.orderId = o.id and l.backorderedQty > 0)" + OPEN;

    /** Open: nothing or not everything has left yet; a partly shipped order still waits for the rest. */
    private static final List<OrderStatus> OPEN_STATUSES = List.of(OrderStatus.CONFIRMED, OrderStatus.PICKING,
            OrderStatus.PACKED, OrderStatus.PARTIALLY_SHIPPED);

    private OrderConditions() {
    }

    /** Binds the parameters of {@link #OPEN} (and so of {@link #WAITING_FOR_STOCK}). */
    static <Q extends Query> Q bindOpen(Q query) {
        query.setParameter("open", OPEN_STATUSES);
        query.setParameter("held", OrderStatus.ON_HOLD);
        return query;
    }

    /** Binds the parameters of {@link #LATE}. */
    static <Q extends Query> Q bindLate(Q query, LocalDate today) {
        query.setParameter("today", today);
        return bindOpen(query);
    }
}

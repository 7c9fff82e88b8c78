package it.ordo.domain.order;

import it.ordo.domain.Normalization;
import java.util.EnumSet;
import java.util.Set;

/** The life of a sales order and the moves allowed between its states. */
public enum OrderStatus {
    DRAFT, CONFIRMED, PICKING, PACKED,
    /** Some goods have left with a shipment; other lines (backordered, or not packed) are still to ship. */
    PARTIALLY_SHIPPED,
    SHIPPED, DELIVERED, ON_HOLD, CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(CONFIRMED, ON_HOLD, CANCELLED);
            case ON_HOLD -> EnumSet.of(DRAFT, CONFIRMED, PICKING, CANCELLED);
            case CONFIRMED -> EnumSet.of(PICKING, ON_HOLD, CANCELLED);
            case PICKING -> EnumSet.of(PACKED, PARTIALLY_SHIPPED, SHIPPED, ON_HOLD, CANCELLED);
            case PACKED -> EnumSet.of(PARTIALLY_SHIPPED, SHIPPED, CANCELLED);
            // What is left is picked again once it is allocated; what left cannot be cancelled.
            case PARTIALLY_SHIPPED -> EnumSet.of(PICKING);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /**
     * A status as a person writes it, in any case.
     *
     * @throws it.ordo.domain.DomainException naming the allowed statuses
     */
    public static OrderStatus parse(String text) {
        return Normalization.parse(OrderStatus.class, text, "order.status");
    }

    /** States in which an order holds (or waits for) stock and counts against the customer's credit. */
    public boolean isOpen() {
        return this == CONFIRMED || this == PICKING || this == PACKED || this == PARTIALLY_SHIPPED;
    }
}

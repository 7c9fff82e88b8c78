package it.ordo.domain.order;

import it.ordo.domain.Normalization;

/** How urgent an order is; compared after the customer's tier when stock is short. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    /**
     * A priority as a file or a person writes it, in any case ("high" and "HIGH" are one priority).
     *
     * @throws it.ordo.domain.DomainException naming the allowed priorities
     */
    public static Priority parse(String text) {
        return Normalization.parse(Priority.class, text, "order.priority");
    }
}

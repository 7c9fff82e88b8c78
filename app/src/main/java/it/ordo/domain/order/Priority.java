package it.ordo.domain.order;

/** How urgent an order is; compared after the customer's tier when stock is short. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}

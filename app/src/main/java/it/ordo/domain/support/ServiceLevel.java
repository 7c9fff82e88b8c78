package it.ordo.domain.support;

import it.ordo.domain.customer.Tier;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a ticket may wait for its answer: by the customer's tier (A
 * customers are answered within a working morning, C within two days),
 * shortened for urgent and high priority, lengthened for low. Counted in
 * plain hours from when the ticket was opened (or reopened).
 */
public final class ServiceLevel {

    private ServiceLevel() {
    }

    public static Duration of(Tier tier, TicketPriority priority) {
        long hours = switch (tier == null ? Tier.B : tier) {
            case A -> 8;
            case B -> 24;
            case C -> 48;
        };
        long adjusted = switch (priority) {
            case URGENT -> Math.min(hours, 4);
            case HIGH -> hours / 2;
            case NORMAL -> hours;
            case LOW -> hours * 2;
        };
        return Duration.ofHours(adjusted);
    }

    public static Instant due(Tier tier, TicketPriority priority, Instant from) {
        return from.plus(of(tier, priority));
    }
}

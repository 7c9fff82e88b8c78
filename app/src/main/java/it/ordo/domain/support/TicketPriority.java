package it.ordo.domain.support;

import it.ordo.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How fast the ticket must be answered, on top of the customer's tier (see {@link ServiceLevel}). */
public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT;

    public static TicketPriority parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (TicketPriority p : values()) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        throw new DomainException("ticket.priority.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

package it.ordo.domain.support;

import it.ordo.domain.DomainException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a ticket is: NEW until someone works on it, OPEN, WAITING for the
 * customer, RESOLVED (the answer given), CLOSED; a resolved or closed ticket
 * the customer comes back to is REOPENED, and runs again like an open one.
 */
public enum TicketStatus {
    NEW, OPEN, WAITING, RESOLVED, CLOSED, REOPENED;

    public Set<TicketStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING, RESOLVED, CLOSED);
            case OPEN, REOPENED -> EnumSet.of(WAITING, RESOLVED, CLOSED);
            case WAITING -> EnumSet.of(OPEN, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
        };
    }

    /** Still to be answered: the service level runs. */
    public boolean active() {
        return this != RESOLVED && this != CLOSED;
    }

    public static TicketStatus parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (TicketStatus s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new DomainException("ticket.status.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

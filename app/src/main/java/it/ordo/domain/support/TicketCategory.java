package it.ordo.domain.support;

import it.ordo.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the customer calls about. */
public enum TicketCategory {
    DAMAGED_GOODS, MISSING_ITEM, WRONG_ITEM, LATE_DELIVERY, INVOICE_OR_PRICE, PRODUCT_INFORMATION, OTHER;

    /** Case-insensitive, "-" and "_" alike; the error lists the allowed values. */
    public static TicketCategory parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (TicketCategory c : values()) {
            if (c.name().equals(key)) {
                return c;
            }
        }
        throw new DomainException("ticket.category.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

package it.ordo.domain.returns;

import it.ordo.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the customer wants for the goods sent back. */
public enum ReturnWish {
    REFUND, REPLACEMENT, REPAIR;

    public static ReturnWish parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (ReturnWish w : values()) {
            if (w.name().equals(key)) {
                return w;
            }
        }
        throw new DomainException("return.wish.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

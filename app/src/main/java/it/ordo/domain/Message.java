package it.ordo.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sentence for the user as a bundle key plus arguments: explanations of prices
 * and promise dates are built in the domain but read in Italian or English.
 * Reasons stored in the database (holds, history) are kept encoded, so each
 * reader sees them in their own language.
 */
public record Message(String key, List<Object> args) {

    private static final String SEPARATOR = "\u001f";
    /** Marks a stored argument that was a number, so it is read back as one (and a Partita IVA is not). */
    private static final String NUMBER = "\u0002";

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** "key␟arg␟arg": compact and free of characters a user would type. */
    public String encode() {
        StringBuilder sb = new StringBuilder(key);
        args.forEach(a -> sb.append(SEPARATOR).append(a instanceof BigDecimal d ? NUMBER + d.toPlainString() : a));
        return sb.toString();
    }

    /** Reads back an encoded message; free text typed by a person comes back as the "text" message. */
    public static Message decode(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.contains(SEPARATOR) && !stored.matches("[a-z]+(\\.[A-Za-z_]+)+")) {
            return Message.of("text", stored);
        }
        String[] parts = stored.split(SEPARATOR, -1);
        Object[] args = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            args[i - 1] = parts[i].startsWith(NUMBER) ? new BigDecimal(parts[i].substring(1)) : parts[i];
        }
        return new Message(parts[0], List.of(args));
    }
}

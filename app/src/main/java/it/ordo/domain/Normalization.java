package it.ordo.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for text that people type and files carry: a code or a
 * reference means the same with or without surrounding spaces and in any
 * case, an enum value is read in any case, and no stored text holds a control
 * character (a NUL ends strings in other programs, the others garble documents
 * and exports). Screens, files, imports and the order pipeline all go through here,
 * so "p1 " typed on screen and "p1 " in a CSV find the same product.
 */
public final class Normalization {

    private Normalization() {
    }

    /** Text without surrounding spaces; null when there is none. */
    public static String clean(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /**
     * The key a code (SKU, customer code, warehouse code) or an external
     * reference is compared by: trimmed and in capitals. Two texts with the
     * same key are the same code or reference. Null for a blank text.
     */
    public static String key(String raw) {
        String c = clean(raw);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }

    /**
     * The forms a code is looked up in, first match wins: as written (trimmed),
     * then its {@link #key}, the capitals codes are normally kept in. Empty for a blank text.
     */
    public static List<String> lookupForms(String raw) {
        String c = clean(raw);
        if (c == null) {
            return List.of();
        }
        String k = c.toUpperCase(Locale.ROOT);
        return k.equals(c) ? List.of(c) : List.of(c, k);
    }

    /**
     * Whether the text holds a control character. Line breaks and tabs are
     * allowed only in multi-line text (notes).
     */
    public static boolean hasControl(String text, boolean multiline) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (multiline && (ch == '\n' || ch == '\r' || ch == '\t')) {
                continue;
            }
            if (Character.isISOControl(ch)) {
                return true;
            }
        }
        return false;
    }

    /** The problem with a field holding a control character ({@code field} names it for the user), if any. */
    public static Optional<Message> controlProblem(String field, String text, boolean multiline) {
        return hasControl(text, multiline) ? Optional.of(Message.of("text.control", field)) : Optional.empty();
    }

    /**
     * An enum value as text, in any case and with '-' for '_'; the problem
     * {@code what.unknown} lists the allowed values, {@code what.missing} a blank text.
     *
     * @throws DomainException for a blank or unknown value
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, String what) {
        String c = clean(raw);
        if (c == null) {
            throw new DomainException(what + ".missing");
        }
        String name = c.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new DomainException(what + ".unknown", raw, Arrays.toString(type.getEnumConstants()));
    }
}

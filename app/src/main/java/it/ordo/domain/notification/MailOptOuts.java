package it.ordo.domain.notification;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of e-mail a customer does not want, as the customer record keeps them (kind names separated by
 * commas). Here rather than on the customer, so customers need not know the kinds of e-mail.
 */
public final class MailOptOuts {

    private MailOptOuts() {
    }

    /** The kinds in the kept text, in the kinds' order; none for null. */
    public static Set<MailKind> parse(String kept) {
        Set<MailKind> kinds = EnumSet.noneOf(MailKind.class);
        if (kept != null) {
            for (String name : kept.split(",")) {
                kinds.add(MailKind.valueOf(name.strip()));
            }
        }
        return kinds;
    }

    /** The text to keep after turning {@code kind} on or off; null when the customer gets every kind. */
    public static String with(String kept, MailKind kind, boolean receives) {
        Set<MailKind> kinds = parse(kept);
        if (receives) {
            kinds.remove(kind);
        } else {
            kinds.add(kind);
        }
        return kinds.isEmpty() ? null : kinds.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}

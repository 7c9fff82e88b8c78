package it.ordo.domain.notification;

import it.ordo.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a customer gets an e-mail; each kind has its template in Italian and English. */
public enum MailKind {
    ORDER_CONFIRMED, ORDER_DELAYED, TICKET_REPLY, ORDER_SHIPPED, ORDER_DELIVERED, REFUND_ISSUED,
    RETURN_AUTHORISED, RETURN_REFUSED;

    /** {@code delivered}, {@code order-delivered} or {@code ORDER_DELIVERED}. */
    public static MailKind parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MailKind k : values()) {
            if (k.name().equals(name) || k.name().equals("ORDER_" + name)) {
                return k;
            }
        }
        throw new DomainException("mail.kind.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

package it.ordo.domain.notification;

import it.ordo.domain.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * PENDING: waiting (also after a failed attempt, until its next try).
 * SENDING: claimed by a sender; one that stays so was handed to the mail
 * server by a process that stopped before marking it sent, and is never sent
 * again by itself (a person checks and retries). SENT. FAILED: the sender
 * gave up after its attempts. SKIPPED: not to be sent (the customer has no e-mail address or does not
 * want that kind, or an administrator set it aside), saying why.
 */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED, SKIPPED;

    public static MailStatus parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (MailStatus s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new DomainException("mail.status.unknown", text,
                Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}

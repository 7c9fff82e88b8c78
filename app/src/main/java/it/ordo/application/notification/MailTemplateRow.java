package it.ordo.application.notification;

import it.ordo.domain.notification.MailKind;
import it.ordo.domain.notification.MailTemplateKey;
import java.time.Instant;
import java.util.List;

/**
 * A customer e-mail template in one language as it is used now: {@code changed} when an administrator wrote it
 * (by whom, when), else the shipped text; the placeholders it may use, and the one it must.
 */
public record MailTemplateRow(MailTemplateKey key, MailKind kind, String language, String subject, String body,
                              boolean changed, String updatedBy, Instant updatedAt, List<String> placeholders,
                              String required) {
}

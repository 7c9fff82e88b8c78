package it.ordo.domain.notification;

import it.ordo.domain.DomainException;

/**
 * The company's outgoing mail server. No password: the sending process reads
 * it from its environment, so it is neither stored nor shown.
 */
public record MailSettings(String host, int port, boolean startTls, String username, String fromAddress) {

    public MailSettings {
        if (host == null || host.isBlank() || host.strip().contains(" ")) {
            throw new DomainException("mail.settings.host", host);
        }
        if (port <= 0 || port > 65535) {
            throw new DomainException("mail.settings.port", port);
        }
        host = host.strip();
        username = username == null || username.isBlank() ? null : username.strip();
        fromAddress = EmailAddress.check(fromAddress);
    }
}

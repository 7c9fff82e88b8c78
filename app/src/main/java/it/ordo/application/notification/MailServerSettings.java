package it.ordo.application.notification;

/** The company's mail server as an administrator sets it; the password is never part of it. */
public record MailServerSettings(String host, int port, boolean startTls, String username, String fromAddress) {
}

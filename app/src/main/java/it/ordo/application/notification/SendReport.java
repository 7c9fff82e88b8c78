package it.ordo.application.notification;

/**
 * What one run of the sender did: sent, put back for a later attempt (the
 * server was down), given up, skipped (no address); {@code configured} false
 * when no mail server is set, and then everything waits.
 */
public record SendReport(boolean configured, int sent, int retrying, int failed, int skipped) {
}

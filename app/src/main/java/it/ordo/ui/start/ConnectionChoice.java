package it.ordo.ui.start;

import java.net.URI;

/**
 * Where this workstation's data lives, as chosen on the first-run screen: its
 * own embedded database, or an Ordo server, named by its address and trusted
 * by the fingerprint of the certificate it presented when the user connected
 * (the workstation pins it, as SSH does). No database account: a workstation
 * in shared mode never reaches the database itself.
 */
public record ConnectionChoice(URI server, String fingerprint) {

    public static ConnectionChoice embedded() {
        return new ConnectionChoice(null, null);
    }

    public boolean isEmbedded() {
        return server == null;
    }

    /** For the status bar: "https://server.office.lan:8443". */
    public String where() {
        return isEmbedded() ? "" : server.toString();
    }
}

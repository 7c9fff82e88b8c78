package it.ordo.ui.start;

import java.net.URI;

/** Reaches an Ordo server before it is saved as this workstation's choice (implemented by the start-up class). */
@FunctionalInterface
public interface ConnectionTester {

    /**
     * Connects and returns the fingerprint of the certificate the server presents, for the user to compare
     * with the one the server printed at its start; nothing else is sent.
     *
     * @throws it.ordo.domain.DomainException with a readable reason when no Ordo server answers there
     */
    String fingerprint(URI server) throws Exception;
}

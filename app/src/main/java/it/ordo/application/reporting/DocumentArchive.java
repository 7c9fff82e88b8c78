package it.ordo.application.reporting;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the documents an order produced are kept, one per order and kind: written once, then only read, so
 * every reprint is the file the customer received. Implemented on the database in infrastructure.
 */
public interface DocumentArchive {

    /** The order confirmation. */
    String CONFIRMATION = "CONFIRMATION";

    Optional<KeptDocument> find(long orderId, String kind);

    /** Keeps the document unless one of this kind is kept for the order already; true when this one was kept. */
    boolean keep(long orderId, String kind, KeptDocument document);

    /**
     * A document as it was made.
     *
     * @param language the language it was made in (the customer's at the time)
     * @param sha256   the content's SHA-256, hexadecimal, to tell a damaged copy
     */
    record KeptDocument(byte[] content, Instant createdAt, String language, String sha256) {
    }
}

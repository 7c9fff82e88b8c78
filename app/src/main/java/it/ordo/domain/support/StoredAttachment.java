package it.ordo.domain.support;

import java.time.Instant;

/** An attachment as kept: its bytes are read only when someone opens it ({@code content} null in lists). */
public record StoredAttachment(long id, long ticketId, String fileName, String contentType, int sizeBytes,
                               String sha256, Instant createdAt, String createdBy, byte[] content) {
}

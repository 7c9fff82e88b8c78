package it.ordo.domain.order;

import java.time.Instant;
import java.util.Optional;

/** Where each user's half-entered order is kept: one per user, replaced on every save. */
public interface OrderDraftRepository {

    /** A saved draft: when, and its content as the application wrote it. */
    record StoredDraft(Instant savedAt, String payload) {
    }

    /** Replaces the user's draft. */
    void save(String username, Instant savedAt, String payload);

    Optional<StoredDraft> find(String username);

    void delete(String username);
}

package it.ordo.domain.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The public API's clients, and the orders each placed under an Idempotency-Key. */
public interface ApiClientRepository {

    void add(ApiClient client);

    Optional<ApiClient> findByName(String name);

    /** The client holding the key whose SHA-256 (hex) this is, revoked or not. */
    Optional<ApiClient> findByKeyHash(String keyHash);

    /** Every client, by name. */
    List<ApiClient> list();

    /** False when there is no such client or it was revoked already. */
    boolean revoke(String name, Instant at);

    /** Notes that the client called at {@code at}. */
    void touch(String name, Instant at);

    /** The order a client placed earlier with this Idempotency-Key. */
    Optional<String> orderFor(String clientName, String idempotencyKey);

    /** Remembers the order placed with an Idempotency-Key; a second one for the same key fails the transaction. */
    void remember(String clientName, String idempotencyKey, String orderNumber, Instant at);
}

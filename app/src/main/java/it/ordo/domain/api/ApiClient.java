package it.ordo.domain.api;

import it.ordo.domain.order.Channel;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A system allowed to call the public API (a web shop, the B2B portal, an
 * agents' app, a chatbot) with its key. Only the SHA-256 of the key is kept
 * ({@code keyHash}), with its first characters ({@code keyHint}) to tell keys
 * apart. Orders it places come in through {@code channel}; an agents' app's
 * key speaks for one sales agent ({@code agent}), and sees what that agent sees.
 */
public record ApiClient(String name, String keyHash, String keyHint, Channel channel, Set<ApiScope> scopes,
                        String agent, int requestsPerMinute, boolean revoked, Instant createdAt, String createdBy,
                        Instant revokedAt, Instant lastUsedAt) {

    /** Short enough that "api:" and the name fit where the audit trail records who made a change. */
    public static final int MAX_NAME = 50;

    public ApiClient {
        EnumSet<ApiScope> copy = EnumSet.noneOf(ApiScope.class);
        copy.addAll(scopes);
        scopes = Collections.unmodifiableSet(copy);
    }

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}

package it.ordo.application.api;

import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Channel;
import java.time.Instant;
import java.util.Set;

/** A client of the public API as the administrator sees it: never its key, only the key's first characters. */
public record ApiKeyView(String name, String keyHint, Channel channel, Set<ApiScope> scopes, String agent,
                         int requestsPerMinute, boolean revoked, Instant createdAt, String createdBy,
                         Instant revokedAt, Instant lastUsedAt) {
}

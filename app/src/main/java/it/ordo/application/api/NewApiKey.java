package it.ordo.application.api;

import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Channel;
import java.util.Set;

/**
 * A client to give a key to.
 *
 * @param agent             for the AGENT channel, the sales agent (username) the agents' app speaks for; else null
 * @param requestsPerMinute its rate limit; null for {@link ApiKeyService#DEFAULT_RATE}
 */
public record NewApiKey(String name, Channel channel, Set<ApiScope> scopes, String agent, Integer requestsPerMinute) {
}

package it.ordo.application.api;

import it.ordo.application.CurrentUser;
import it.ordo.domain.api.ApiScope;
import it.ordo.domain.order.Channel;
import java.util.Set;

/**
 * Who a request with a valid key comes from: the client, its channel and
 * rights, its rate limit, and the user the use cases run as (the client
 * itself, or for an agents' app the sales agent it speaks for).
 */
public record ApiCaller(String client, Channel channel, Set<ApiScope> scopes, int requestsPerMinute, CurrentUser user) {

    public boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}

package it.ordo.application.api;

import it.ordo.application.Transactions;
import it.ordo.application.security.Session;
import it.ordo.domain.api.ApiClient;
import it.ordo.domain.api.ApiClientRepository;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The check of a key at every request of the public API (the server's, not a
 * use case a person runs): one indexed read. A revoked key, or an agents'
 * app whose agent is disabled or no longer an agent, is no key at all. The
 * time of last use is written at most once a minute, so a busy client does not
 * turn every read into a write.
 */
public final class ApiAccess {

    private static final Duration TOUCH = Duration.ofMinutes(1);
    private static final int MAX_KEY = 100;

    private final Transactions tx;
    private final ApiClientRepository clients;
    private final UserRepository users;
    private final Clock clock;

    public ApiAccess(Transactions tx, ApiClientRepository clients, UserRepository users, Clock clock) {
        this.tx = tx;
        this.clients = clients;
        this.users = users;
        this.clock = clock;
    }

    /** The caller holding this key; empty for a missing, unknown or revoked key. */
    public Optional<ApiCaller> authenticate(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY || !key.startsWith(ApiKeys.PREFIX)) {
            return Optional.empty();
        }
        String hash = ApiKeys.hash(key.strip());
        record Found(ApiClient client, ApiCaller caller) {
        }
        Optional<Found> found = tx.read(() -> clients.findByKeyHash(hash).filter(c -> !c.revoked())
                .flatMap(c -> caller(c).map(caller -> new Found(c, caller))));
        Instant now = clock.instant();
        found.map(Found::client).filter(c -> c.lastUsedAt() == null || c.lastUsedAt().plus(TOUCH).isBefore(now))
                .ifPresent(c -> tx.write(() -> clients.touch(c.name(), now)));
        return found.map(Found::caller);
    }

    private Optional<ApiCaller> caller(ApiClient c) {
        if (c.agent() == null) {
            return Optional.of(new ApiCaller(c.name(), c.channel(), c.scopes(), c.requestsPerMinute(), new ApiUser(c.name())));
        }
        // The agents' app works as its agent, with the agent's roles as they are now.
        return users.findByUsername(c.agent()).filter(u -> !u.disabled() && u.hasRole(Role.SALES_AGENT))
                .map(u -> new ApiCaller(c.name(), c.channel(), c.scopes(), c.requestsPerMinute(),
                        new Session(u.username(), u.roles(), false, ApiUser.PREFIX + c.name())));
    }
}

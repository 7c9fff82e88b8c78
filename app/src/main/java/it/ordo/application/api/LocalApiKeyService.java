package it.ordo.application.api;

import it.ordo.application.CurrentUser;
import it.ordo.application.NotFoundException;
import it.ordo.application.Transactions;
import it.ordo.application.security.Guard;
import it.ordo.application.security.Permission;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.api.ApiClient;
import it.ordo.domain.api.ApiClientRepository;
import it.ordo.domain.order.Channel;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The in-process {@link ApiKeyService}. */
public final class LocalApiKeyService implements ApiKeyService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int MAX_RATE = 100_000;

    private final Transactions tx;
    private final ApiClientRepository clients;
    private final UserRepository users;
    private final CurrentUser user;
    private final Clock clock;
    private final Guard guard;

    public LocalApiKeyService(Transactions tx, ApiClientRepository clients, UserRepository users, CurrentUser user,
                              Clock clock, Guard guard) {
        this.tx = tx;
        this.clients = clients;
        this.users = users;
        this.user = user;
        this.clock = clock;
        this.guard = guard;
    }

    @Override
    public IssuedApiKey add(NewApiKey request) {
        guard.require(Permission.MANAGE_API_CLIENTS);
        String name = request.name() == null ? "" : request.name().strip();
        int rate = request.requestsPerMinute() == null ? DEFAULT_RATE : request.requestsPerMinute();
        return tx.write(() -> {
            List<Message> problems = new ArrayList<>();
            if (name.length() > ApiClient.MAX_NAME || !NAME.matcher(name).matches()) {
                problems.add(Message.of("api.name.invalid", name, ApiClient.MAX_NAME));
            } else if (clients.findByName(name).isPresent()) {
                problems.add(Message.of("api.name.taken", name));
            }
            if (request.channel() == null) {
                problems.add(Message.of("api.channel.missing"));
            }
            if (request.scopes() == null || request.scopes().isEmpty()) {
                problems.add(Message.of("api.scopes.missing"));
            }
            if (rate < 1 || rate > MAX_RATE) {
                problems.add(Message.of("api.rate.invalid", rate, MAX_RATE));
            }
            String agent = request.agent() == null || request.agent().isBlank() ? null
                    : UserAccount.normalize(request.agent());
            if (request.channel() == Channel.AGENT && agent == null) {
                problems.add(Message.of("api.agent.missing"));
            } else if (agent != null && request.channel() != Channel.AGENT) {
                problems.add(Message.of("api.agent.notAgentChannel"));
            } else if (agent != null && users.findByUsername(agent).filter(u -> u.hasRole(Role.SALES_AGENT)).isEmpty()) {
                problems.add(Message.of("api.agent.unknown", agent));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            String key = ApiKeys.newKey();
            ApiClient client = new ApiClient(name, ApiKeys.hash(key), ApiKeys.hint(key), request.channel(),
                    request.scopes(), agent, rate, false, clock.instant(), user.username(), null, null);
            clients.add(client);
            return new IssuedApiKey(view(client), key);
        });
    }

    @Override
    public List<ApiKeyView> list() {
        guard.require(Permission.MANAGE_API_CLIENTS);
        return tx.read(() -> clients.list().stream().map(LocalApiKeyService::view).toList());
    }

    @Override
    public ApiKeyView revoke(String name) {
        guard.require(Permission.MANAGE_API_CLIENTS);
        Instant now = clock.instant();
        return tx.write(() -> {
            ApiClient client = clients.findByName(name == null ? "" : name.strip())
                    .orElseThrow(() -> new NotFoundException("apiClient", name));
            clients.revoke(client.name(), now);
            return view(clients.findByName(client.name()).orElseThrow());
        });
    }

    private static ApiKeyView view(ApiClient c) {
        return new ApiKeyView(c.name(), c.keyHint(), c.channel(), c.scopes(), c.agent(), c.requestsPerMinute(),
                c.revoked(), c.createdAt(), c.createdBy(), c.revokedAt(), c.lastUsedAt());
    }
}

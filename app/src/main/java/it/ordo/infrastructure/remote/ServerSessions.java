package it.ordo.infrastructure.remote;

import it.ordo.application.Services;
import it.ordo.application.security.Session;
import it.ordo.domain.security.UserAccount;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The sessions the server holds: a token (256 random bits, known only to the
 * server and the workstation it was given to) names a signed-in user and the
 * services working as that user. A token ends when it is not used for the
 * idle time, at sign-out, and when an administrator disables the user or
 * resets their password, or the user changes it.
 */
final class ServerSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Entry(Session user, Services services, Instant lastUsed) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;

    ServerSessions(Clock clock, Duration idle) {
        this.clock = clock;
        this.idle = idle;
    }

    String open(Session user, Function<Session, Services> services) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.put(token, new Entry(user, services.apply(user), clock.instant()));
        return token;
    }

    /** The session of a token still valid, touched (its idle time starts again); empty otherwise. */
    Optional<Entry> use(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Entry found = sessions.computeIfPresent(token, (t, e) ->
                e.lastUsed().plus(idle).isBefore(now) ? null : new Entry(e.user(), e.services(), now));
        return Optional.ofNullable(found);
    }

    void revoke(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    /** Ends every session of this user (disabled, password reset or changed). */
    void revokeUser(String username) {
        String name = UserAccount.normalize(username);
        sessions.values().removeIf(e -> UserAccount.normalize(e.user().username()).equals(name));
    }

    /** Forgets sessions idle for longer than allowed; the server calls it now and then. */
    void expire() {
        Instant now = clock.instant();
        sessions.values().removeIf(e -> e.lastUsed().plus(idle).isBefore(now));
    }

    int size() {
        return sessions.size();
    }
}

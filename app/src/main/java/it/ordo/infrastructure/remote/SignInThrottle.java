package it.ordo.infrastructure.remote;

import it.ordo.application.security.AuthenticationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong sign-ins counted by the address they come from, in the server's memory. The account lockout stops
 * guesses at one user; this stops one machine trying many users (or one password on every user): after
 * {@value #FAILURES} wrong sign-ins within {@link #WINDOW}, that address is refused without a password being
 * checked until the window ends. Other addresses, and sessions already open, are not affected. Forgotten at
 * restart, which gives an attacker at most one more window.
 */
final class SignInThrottle {

    static final int FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private record Window(Instant start, int failures) {
    }

    private final Clock clock;
    private final Map<String, Window> bySource = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** @throws AuthenticationException {@code remote.signIn.tooMany} while the address is held back */
    void check(String source) {
        Window w = bySource.get(source);
        Instant now = clock.instant();
        if (w != null && now.isBefore(w.start().plus(WINDOW)) && w.failures() >= FAILURES) {
            long seconds = Duration.between(now, w.start().plus(WINDOW)).toSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60); // rounded up: "in 0 minutes" would invite a retry
            throw new AuthenticationException("remote.signIn.tooMany", minutes);
        }
    }

    void failed(String source) {
        Instant now = clock.instant();
        bySource.compute(source, (k, w) -> w == null || !now.isBefore(w.start().plus(WINDOW))
                ? new Window(now, 1) : new Window(w.start(), w.failures() + 1));
    }

    /** Drops the windows that have ended: the map holds only addresses that failed lately. */
    void forgetOld() {
        Instant now = clock.instant();
        bySource.values().removeIf(w -> !now.isBefore(w.start().plus(WINDOW)));
    }
}

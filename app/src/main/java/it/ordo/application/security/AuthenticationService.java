package it.ordo.application.security;

import it.ordo.application.Transactions;
import it.ordo.domain.Message;
import it.ordo.domain.ValidationException;
import it.ordo.domain.security.PasswordHasher;
import it.ordo.domain.security.PasswordPolicy;
import it.ordo.domain.security.Role;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing in and changing one's own password. Anyone may try, so these use
 * cases need no permission; they answer "wrong username or password" without
 * telling which, and take as long for a username that does not exist as for
 * one that does. Only a locked or a disabled account is named as such. Five
 * wrong passwords in a row lock an account for fifteen minutes, except the
 * last enabled administrator's, whose guesses cost only what its password hash
 * costs (an administrator's password should be long for that reason).
 */
public final class AuthenticationService implements SignInService {

    /** A password no one has, checked when the username is unknown so the answer takes the usual time. */
    private static final String DECOY = "decoy-password-for-unknown-users";

    /**
     * The decoy's hash per hashing scheme, made once per process when the first
     * service is built: made on the first unknown username instead, that one
     * answer took a hash longer and told that the user does not exist.
     */
    private static final Map<Class<?>, String> DECOYS = new ConcurrentHashMap<>();

    private final Transactions tx;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String decoyHash;

    /** The demo company's users' shared, public password (the demo generator gives it to every one of them). */
    public static final String DEMO_PASSWORD = "demo";
    private static final String DEMO_DESK = "desk";

    public AuthenticationService(Transactions tx, UserRepository users, PasswordHasher hasher, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = DECOYS.computeIfAbsent(hasher.getClass(), c -> hasher.hash(DECOY));
    }

    /**
     * Checks the password and opens a session with the user's roles. A wrong
     * password counts towards the lock (five in a row: fifteen minutes), the
     * right one resets the count.
     *
     * @throws AuthenticationException wrong username or password, locked, or disabled
     */
    @Override
    public Session login(String username, String password) {
        String name = UserAccount.normalize(username);
        Outcome outcome = tx.write(() -> {
            Optional<UserAccount> found = UserAccount.isValidUsername(name) ? users.lockByUsername(name) : Optional.empty();
            if (found.isEmpty()) {
                hasher.verify(password, decoyHash);
                return Outcome.refused(new AuthenticationException("login.failed"));
            }
            UserAccount user = found.get();
            AuthenticationException refusal = check(user, password, clock.instant());
            if (refusal != null) {
                return Outcome.refused(refusal);
            }
            if (hasher.needsRehash(user.passwordHash())) {
                user.rehash(hasher.hash(password));
            }
            user.signedIn(clock.instant());
            return Outcome.signedIn(session(user));
        });
        // The failure count is committed above; only now is the refusal thrown.
        return outcome.sessionOrThrow();
    }

    /**
     * The user proves the current password and chooses a new one (at least 8
     * characters, not the username, not the current one). Returns the session
     * as it is now: no longer obliged to change the password.
     */
    @Override
    public Session changePassword(String username, String currentPassword, String newPassword) {
        String name = UserAccount.normalize(username);
        List<Message> problems = PasswordPolicy.problems(name, newPassword);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String newHash = hasher.hash(newPassword);
        Outcome outcome = tx.write(() -> {
            Optional<UserAccount> found = UserAccount.isValidUsername(name) ? users.lockByUsername(name) : Optional.empty();
            if (found.isEmpty()) {
                hasher.verify(currentPassword, decoyHash);
                return Outcome.refused(new AuthenticationException("login.failed"));
            }
            UserAccount user = found.get();
            AuthenticationException refusal = check(user, currentPassword, clock.instant());
            if (refusal != null) {
                return Outcome.refused(refusal);
            }
            if (hasher.verify(newPassword, user.passwordHash())) {
                return Outcome.refused(new AuthenticationException("password.unchanged"));
            }
            user.changePassword(newHash);
            user.signedIn(clock.instant());
            return Outcome.signedIn(session(user));
        });
        return outcome.sessionOrThrow();
    }

    /**
     * Whether this database is the demo company, for the sign-in screen's
     * reminder of its users: its "desk" user still opens with the public demo
     * password. No company's account can have that password (the policy asks
     * for {@link it.ordo.domain.security.PasswordPolicy#MIN_LENGTH} characters),
     * so a real company never shows the reminder. Nothing is counted or recorded.
     */
    @Override
    public boolean demoUsersOpen() {
        return tx.read(() -> users.findByUsername(DEMO_DESK))
                .map(u -> !u.disabled() && hasher.verify(DEMO_PASSWORD, u.passwordHash())).orElse(false);
    }

    /** Whether anyone can sign in yet: a new shared database has no users until {@code init} makes the first. */
    public boolean hasUsers() {
        return tx.read(() -> users.count() > 0);
    }

    /**
     * Null when the password opens the account now; otherwise why not (a wrong password is counted). The
     * last enabled administrator is never locked: anyone who knows the name could otherwise shut the company
     * out of its own user administration with five wrong passwords, and only an administrator can unlock.
     */
    private AuthenticationException check(UserAccount user, String password, Instant now) {
        boolean lastAdmin = !user.disabled() && user.hasRole(Role.ADMIN) && users.countEnabledAdmins() <= 1;
        if (user.lockedAt(now) && !lastAdmin) {
            // Not even a right password opens a locked account, so guessing on during the lock is pointless.
            return locked(user, now);
        }
        if (!hasher.verify(password, user.passwordHash())) {
            if (user.disabled() || lastAdmin) {
                return new AuthenticationException("login.failed");
            }
            user.signInFailed(now);
            return user.lockedAt(now) ? locked(user, now) : new AuthenticationException("login.failed");
        }
        if (user.disabled()) {
            // Said only to who knows the password: the account exists, and an administrator must enable it.
            return new AuthenticationException("login.disabled", user.username());
        }
        return null;
    }

    private static AuthenticationException locked(UserAccount user, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, user.lockedUntil()).toSeconds() + 59) / 60);
        return new AuthenticationException("login.locked", user.username(), UserAccount.MAX_FAILED_ATTEMPTS, minutes);
    }

    private static Session session(UserAccount user) {
        return new Session(user.username(), user.roles(), user.mustChangePassword());
    }


    /** What a sign-in transaction decided: a session, or the refusal to throw once the failure count is committed. */
    private record Outcome(Session session, AuthenticationException refusal) {

        static Outcome signedIn(Session session) {
            return new Outcome(session, null);
        }

        static Outcome refused(AuthenticationException refusal) {
            return new Outcome(null, refusal);
        }

        Session sessionOrThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return session;
        }
    }
}

package it.ordo.application.security;

import it.ordo.application.CurrentUser;
import it.ordo.application.Transactions;
import it.ordo.domain.security.UserAccount;
import it.ordo.domain.security.UserRepository;

/**
 * The check every use case makes first: may the current user do this? The
 * services call {@link #require} before they touch the database, so a
 * refused call changes and reads nothing.
 *
 * <p>A signed-in user's account is read again at every use case: an
 * administrator who disables someone stops their next action, not their next
 * sign-in (a desktop may stay open for days). One lookup by the unique
 * username, in a read-only transaction of its own; accounts are never deleted,
 * so a name without an account is not a disabled one.
 */
public final class Guard {

    /** Whether an account is disabled now. */
    @FunctionalInterface
    public interface Accounts {
        boolean disabled(String username);
    }

    private final CurrentUser user;
    private final Accounts accounts;

    /** For a screen's own view of what the user may do (tests of screens); the services get the other one. */
    public Guard(CurrentUser user) {
        this(user, username -> false);
    }

    /** Reads the account's state in {@code users} at each use case. */
    public Guard(CurrentUser user, Transactions tx, UserRepository users) {
        this(user, username -> tx.read(() -> users.findByUsername(username).map(UserAccount::disabled).orElse(false)));
    }

    Guard(CurrentUser user, Accounts accounts) {
        this.user = user;
        this.accounts = accounts;
    }

    /**
     * @throws AccessDeniedException when none of the user's roles may do it
     * @throws AuthenticationException when the user must change the password first, or was disabled since signing in
     */
    public void require(Permission permission) {
        if (user instanceof Session session && session.mustChangePassword()) {
            throw new AuthenticationException("security.mustChangePassword", session.username());
        }
        if (!permission.grantedTo(user.roles())) {
            throw new AccessDeniedException(user.username(), permission);
        }
        // Only signed-in users have an account; the trusted first-run user and the system's own jobs do not.
        if (user instanceof Session session && accounts.disabled(UserAccount.normalize(session.username()))) {
            throw new AuthenticationException("login.disabled", session.username());
        }
    }

    /** For screens that hide what the user may not do (the services check anyway). */
    public boolean allows(Permission permission) {
        if (user instanceof Session session && session.mustChangePassword()) {
            return false;
        }
        return permission.grantedTo(user.roles());
    }

    public CurrentUser user() {
        return user;
    }
}

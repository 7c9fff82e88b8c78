package it.ordo.application.security;

import it.ordo.application.CurrentUser;

/**
 * The check every use case makes first: may the current user do this? The
 * services call {@link #require} before they touch the database, so a
 * refused call changes and reads nothing.
 */
public final class Guard {

    private final CurrentUser user;

    public Guard(CurrentUser user) {
        this.user = user;
    }

    /**
     * @throws AccessDeniedException when none of the user's roles may do it
     * @throws AuthenticationException when the user must change the password first
     */
    public void require(Permission permission) {
        if (user instanceof Session session && session.mustChangePassword()) {
            throw new AuthenticationException("security.mustChangePassword", session.username());
        }
        if (!permission.grantedTo(user.roles())) {
            throw new AccessDeniedException(user.username(), permission);
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

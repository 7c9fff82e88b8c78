package it.ordo.application.security;

import it.ordo.application.CurrentUser;
import it.ordo.domain.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A signed-in user: the roles read from their account at sign-in, and whether
 * they must choose a new password before anything else (then every use case
 * refuses them until they do).
 */
public record Session(String username, Set<Role> roles, boolean mustChangePassword) implements CurrentUser {

    public Session {
        EnumSet<Role> copy = EnumSet.noneOf(Role.class);
        copy.addAll(roles);
        roles = Collections.unmodifiableSet(copy);
    }
}

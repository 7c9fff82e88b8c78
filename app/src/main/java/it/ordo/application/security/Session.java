package it.ordo.application.security;

import it.ordo.application.CurrentUser;
import it.ordo.application.Workstation;
import it.ordo.domain.security.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A signed-in user: the roles read from their account at sign-in, and whether
 * they must choose a new password before anything else (then every use case
 * refuses them until they do). The workstation is this machine, or, on the
 * Ordo server, the one the server saw the request come from: the audit trail
 * takes it from here, never from what a workstation says about itself.
 */
public record Session(String username, Set<Role> roles, boolean mustChangePassword, String workstation)
        implements CurrentUser {

    public Session {
        EnumSet<Role> copy = EnumSet.noneOf(Role.class);
        copy.addAll(roles);
        roles = Collections.unmodifiableSet(copy);
    }

    /** Signed in on this machine. */
    public Session(String username, Set<Role> roles, boolean mustChangePassword) {
        this(username, roles, mustChangePassword, Workstation.name());
    }

    /** The same user working from another machine (as the server records a workstation's requests). */
    public Session at(String otherWorkstation) {
        return new Session(username, roles, mustChangePassword, otherWorkstation);
    }
}

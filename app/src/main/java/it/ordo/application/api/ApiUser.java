package it.ordo.application.api;

import it.ordo.application.CurrentUser;
import it.ordo.domain.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * A keyed client working through the public API, as the use cases and the
 * audit trail see it: {@code api:<name>}, with the order desk's role. The
 * key's own rights ({@code ApiScope}) decide which use cases it reaches at all.
 */
public record ApiUser(String client) implements CurrentUser {

    public static final String PREFIX = "api:";

    @Override
    public String username() {
        return PREFIX + client;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.ORDER_DESK);
    }

    @Override
    public String workstation() {
        return username();
    }
}

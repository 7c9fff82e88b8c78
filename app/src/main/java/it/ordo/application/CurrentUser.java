package it.ordo.application;

import it.ordo.domain.security.Role;
import java.util.EnumSet;
import java.util.Set;

/** Who is working: written on every ledger row, history step and audit entry, and checked by every use case. */
@FunctionalInterface
public interface CurrentUser {

    /** Before signing in (the command line, the desktop's sign-in screen): may do nothing but try. */
    CurrentUser NOBODY = new CurrentUser() {
        @Override
        public String username() {
            return "-";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.noneOf(Role.class);
        }
    };

    String username();

    /**
     * The roles of the signed-in user. The default, every role, is the trusted
     * local operating-system user of an embedded single-workstation database.
     */
    default Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    /** The machine the work comes from, for the audit trail. */
    default String workstation() {
        return Workstation.name();
    }
}

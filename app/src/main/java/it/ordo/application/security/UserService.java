package it.ordo.application.security;

import it.ordo.domain.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's use cases: who may sign in and with which roles. A new
 * user, and one whose password was reset, must choose their own password at
 * the first sign-in. The last enabled administrator cannot be disabled, so
 * the company can never lock itself out.
 */
public interface UserService {

    String FIRST_ADMIN = "admin";

    List<UserView> list();

    /** A new user with these roles; the initial password works once, to choose a new one. */
    UserView add(String username, Collection<Role> roles, String initialPassword);

    /** The user can no longer sign in (work already done stays theirs in the history). */
    UserView disable(String username);

    /** The user can sign in again; a lock from wrong passwords is lifted too. */
    UserView enable(String username);

    /**
     * Lifts the lock five wrong passwords put on the account, at once: the user
     * signs in again with their own password. Audited as any change to a user.
     */
    UserView unlock(String username);

    /** A temporary password for a user who forgot theirs: it lifts the lock and must be changed at sign-in. */
    UserView resetPassword(String username, String temporaryPassword);

    /**
     * On a database with no users yet: the first administrator, {@value #FIRST_ADMIN},
     * with a password made up here and returned once, to be changed at the first
     * sign-in. Empty when the database already has users.
     */
    Optional<String> createFirstAdmin();

    /**
     * The demonstration's desks on a database with no users yet: one user per
     * role, all with the same password and no forced change, so a demonstration
     * can sign in as each desk in turn. The password policy is not applied (a
     * demo password is short and public); that is why it is refused once the
     * database has users, so a company's accounts can never be made so.
     */
    void addDemoUsers(Map<String, Role> usersAndRoles, String password);
}

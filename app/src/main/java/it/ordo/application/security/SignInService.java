package it.ordo.application.security;

/**
 * Signing in and changing one's own password, wherever the accounts are: in
 * process ({@link AuthenticationService}) or on the Ordo server (the
 * workstation's remote client). The sign-in screen and the server take this.
 */
public interface SignInService {

    /**
     * @throws AuthenticationException wrong username or password, locked, or disabled
     */
    Session login(String username, String password);

    /** Proves the current password and sets a new one; returns the session as it is now. */
    Session changePassword(String username, String currentPassword, String newPassword);

    /**
     * Whether the sign-in screen may remind the demo company's users and their
     * public password. Only a workstation's own embedded demo company answers
     * yes; through an Ordo server the reminder is never offered, since it
     * would tell anyone on the network how to get in.
     */
    default boolean demoUsersOpen() {
        return false;
    }
}

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
}

package it.ordo.application.security;

import it.ordo.domain.DomainException;

/**
 * Signing in was refused: wrong username or password (never saying which),
 * a locked or disabled account, or a password that must be changed first.
 */
public class AuthenticationException extends DomainException {

    public AuthenticationException(String key, Object... args) {
        super(key, args);
    }
}

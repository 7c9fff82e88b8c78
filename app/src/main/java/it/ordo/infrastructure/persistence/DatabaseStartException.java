package it.ordo.infrastructure.persistence;

import it.ordo.domain.DomainException;

/**
 * The database cannot be opened for a reason the user can act on: the data
 * folder is read-only or full, another Ordo holds the embedded database, or
 * the database was made by a newer Ordo. A message key with its arguments, so
 * the desktop and the command line say it in the user's language.
 */
public class DatabaseStartException extends DomainException {

    public DatabaseStartException(String key, Object... args) {
        super(key, args);
    }
}

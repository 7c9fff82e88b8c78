package it.ordo.application.intake;

import it.ordo.domain.DomainException;

/** A customer's file that cannot be read: encrypted, corrupt, empty, not what its name says, no header. */
public final class IntakeFileException extends DomainException {

    public IntakeFileException(String key, Object... args) {
        super(key, args);
    }
}

package it.ordo.domain;

/** Someone else changed the record since it was read; nothing was overwritten. */
public class StaleDataException extends DomainException {

    public StaleDataException(String what) {
        super("error.stale", what);
    }
}

package it.ordo.application;

import it.ordo.domain.DomainException;

/** A code, SKU or number that names nothing in the database. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, String value) {
        super("notFound." + what, value);
    }
}

package it.ordo.infrastructure.persistence;

/** A conflict that a fresh attempt of the whole transaction resolves (e.g. two first numbers of a year at once). */
final class TransientConflictException extends RuntimeException {

    TransientConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}

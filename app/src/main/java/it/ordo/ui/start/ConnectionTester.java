package it.ordo.ui.start;

/** Tries a shared database before it is saved as this workstation's choice (implemented by the start-up class). */
@FunctionalInterface
public interface ConnectionTester {

    /**
     * Connects, checks that it holds an Ordo company and closes again.
     *
     * @return what was found, for the user: "PostgreSQL 15.18, 300 customers, 5,012 orders"
     * @throws it.ordo.domain.DomainException with a readable reason when it does not work
     */
    String test(ConnectionChoice choice) throws Exception;
}

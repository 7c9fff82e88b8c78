package it.ordo.application;

/** Who is working: written on every ledger row and history step. */
@FunctionalInterface
public interface CurrentUser {

    String username();
}

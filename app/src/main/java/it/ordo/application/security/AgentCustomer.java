package it.ordo.application.security;

/** A customer a sales agent looks after. */
public record AgentCustomer(String code, String name) {
}

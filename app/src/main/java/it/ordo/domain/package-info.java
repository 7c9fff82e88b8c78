/**
 * The business itself: customers, catalogue, pricing, inventory and orders, with
 * their rules. Nothing here knows about JavaFX, Hibernate or the database; JPA
 * annotations only describe how an entity is stored.
 */
package it.ordo.domain;

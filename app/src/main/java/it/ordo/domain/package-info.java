/**
 * The business itself: customers, catalogue, pricing, inventory and orders, with
 * their rules. Nothing here knows about JavaFX, Hibernate or the database; JPA
 * annotations only describe how an entity is stored.
 *
 * <p>This package, outside every feature, is the shared kernel: the few types
 * several features speak alike and none owns (quantities and money rounding,
 * user-readable messages, the domain's exceptions, the postal {@link it.ordo.domain.Address}).
 * It depends on no feature package, and the feature packages ({@code customer},
 * {@code order}, {@code pricing}, ...) never form a cycle among themselves
 * (ArchitectureTest). {@code Address} lives here rather than in {@code customer}
 * because an order copies its ship-to address and must not need the customer
 * package to do so: orders know their customer only by id, while a customer
 * names the {@code order.Channel} its orders usually come in by. Dependencies
 * therefore run customer to order and never back.
 */
package it.ordo.domain;

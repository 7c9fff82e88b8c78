/**
 * Customers, their addresses, tiers, credit and payment terms. A customer may
 * name the order channel it usually buys through ({@code order.Channel}); the
 * order package does not depend on this one (orders hold a customer id and a
 * copied {@link it.ordo.domain.Address}), so the two never form a cycle.
 */
package it.ordo.domain.customer;

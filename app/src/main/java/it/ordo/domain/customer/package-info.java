/** Customers, their addresses, tiers, credit and payment terms. */
package it.ordo.domain.customer;

/**
 * Returns (RMA): goods a customer sends back against the lines of a shipped
 * order, what happens to them when they arrive (back to stock, quarantine)
 * and the credit they are worth at the prices they were sold at.
 */
package it.ordo.domain.returns;

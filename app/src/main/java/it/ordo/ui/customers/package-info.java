/** The customer list and a customer's detail: conditions, credit, addresses and orders. */
package it.ordo.ui.customers;

/**
 * The New order screen: an order taken by phone with keyboard and barcode
 * scanner, every line priced and promised as it is typed, confirmed with one
 * key; the half-entered order is kept per user in the database.
 */
package it.ordo.ui.entry;

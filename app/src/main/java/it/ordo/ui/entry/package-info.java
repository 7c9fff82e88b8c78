/**
 * The New order screen: an order taken by phone with keyboard and barcode
 * scanner, every line priced and promised as it is typed, confirmed with one
 * key; the half-entered order is kept per user in the database.
 *
 * <p>The screen is split along its own sections, each a view model (tested
 * without a window) and a view: the customer picker, the header, code entry,
 * lines and totals, draft keeping and confirmation. {@code NewOrderViewModel}
 * and {@code NewOrderView} only build the sections and wire what one tells
 * another. Everything that loads in the background keeps only its newest
 * answer through a {@link it.ordo.ui.LatestTask}.
 */
package it.ordo.ui.entry;

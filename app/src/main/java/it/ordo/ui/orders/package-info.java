/**
 * The order list (filtered, sorted and paged in the database) and an order's
 * detail with its lines, history and the actions its status and the user's
 * role allow. Each screen is a view that only binds over a view model tested
 * without a window.
 */
package it.ordo.ui.orders;

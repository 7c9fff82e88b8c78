/**
 * The sales manager's screens for commercial conditions: price lists with their items, discount rules and
 * promotions with their validity, and the price tester ("what would this customer pay"), which asks the same
 * pricing use case as the command line's {@code ordo price} and prices as New order and confirmation do; and the
 * import of a price list file read on the workstation, previewed and applied by the command line's own use case.
 */
package it.ordo.ui.pricing;

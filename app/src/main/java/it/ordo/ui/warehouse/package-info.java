/** The warehouse's screens: the queue to pick, packing with the scanner, shipments with their DDT, labels and tracking. */
package it.ordo.ui.warehouse;

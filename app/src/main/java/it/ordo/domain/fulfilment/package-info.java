/**
 * The warehouse: bin locations, carriers, shipments with their parcels and the
 * DDT (documento di trasporto) each shipment travels with.
 */
package it.ordo.domain.fulfilment;

package it.ordo.application.fulfilment;

import java.util.List;

/**
 * The warehouse's day: what to pick, picking, packing and shipping with the
 * DDT. Shipping takes the goods off on hand and allocated with ledger rows,
 * under the stock row locks, and draws the DDT number in the same transaction.
 */
public interface FulfilmentService {

    /** Orders of a warehouse with goods to pick: customer tier A first, urgent first, earliest promise, oldest. */
    List<PickQueueRow> toPick(String warehouse);

    /** Starts picking these orders (status PICKING, with who and when); all or none. */
    List<PickingStarted> startPicking(List<String> orderNumbers);

    /** What is left to pack of an order being picked: the packer's scan list. */
    PackTask packTask(String orderNumber);

    /**
     * Ships what was packed: a shipment with its parcels, goods off stock, the
     * DDT numbered. What is not shipped stays allocated or backordered and the
     * order is PARTIALLY_SHIPPED; when nothing is left it is SHIPPED.
     */
    ShipmentView ship(ShipRequest request);

    /**
     * Ships everything allocated to an order being picked, in one parcel
     * carried by the sender, weighed from the catalogue: the one-step shipment
     * of a small order, with its DDT, stock ledger rows and mail like any other.
     */
    ShipmentView shipAllocated(String orderNumber);

    /** One shipment by its DDT number (DDT-2026-000012). */
    ShipmentView shipment(String ddtNumber);

    /** The shipments of an order, first first. */
    List<ShipmentView> shipmentsOf(String orderNumber);

    /** The shipments a warehouse issued on one day (in the company's time zone), by DDT number, cancelled ones too. */
    List<ShipmentView> shipments(String warehouse, java.time.LocalDate day);

    /**
     * Imports a carrier's tracking events and parcels' sensor readings (rows
     * of tracking, time, status, place, text, sensor, value). Each status code
     * is mapped to Ordo's state by the shipment's carrier; a delivered event
     * delivers the shipment, and the order once all its shipments arrived; an
     * exception is flagged on the shipment for customer service. Events
     * already known are skipped, late ones kept without turning the state
     * back. A refused row is reported with its reasons and the rest go in.
     */
    TrackingReport importTracking(List<it.ordo.application.imports.ImportRow> rows);

    /** Cancels a mistaken DDT: it keeps its number and prints as cancelled; the goods are not put back. */
    ShipmentView cancelDdt(String ddtNumber, String reason);

    /** Puts a product in a bin of a warehouse (moving it if it had one). */
    void setBin(String sku, String warehouse, String bin);

    List<CarrierView> carriers();

    /** Adds a carrier, or changes the one with this code. */
    CarrierView saveCarrier(CarrierView carrier);

    /** The GS1 prefix, the SSCC extension digit and the warehouses' own DDT series. */
    ShippingSettingsView shippingSettings();

    /**
     * Sets the company's GS1 prefix (7 to 10 digits; blank for none) and SSCC
     * extension digit, and which warehouses number their DDTs in a series of
     * their own (the list replaces the previous one; a warehouse left out goes
     * back to the company's series). Numbers already issued keep their series.
     */
    ShippingSettingsView saveShippingSettings(ShippingSettingsView settings);
}

package it.ordo.domain.fulfilment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Bins, carriers, shipments and the DDT number series. */
public interface FulfilmentRepository {

    Optional<BinLocation> findBin(long productId, long warehouseId);

    /** The bins of these products in one warehouse, by product id; products with no bin are left out. */
    Map<Long, String> bins(Collection<Long> productIds, long warehouseId);

    void store(BinLocation bin);

    Optional<Carrier> findCarrier(String code);

    Optional<Carrier> findCarrier(long id);

    /** Every carrier, by code. */
    List<Carrier> carriers();

    void store(Carrier carrier);

    /**
     * The next DDT number of the series and year, drawn under a row lock held
     * until the caller's transaction ends: unique and gap-free.
     */
    DdtNumber nextDdtNumber(String series, int year);

    /**
     * The next serial reference for an SSCC, from a counter that never starts
     * again, drawn under a row lock held until the caller's transaction ends.
     * Drawn after the DDT number, always in that order, so two shippers never
     * wait on each other's rows crosswise.
     */
    long nextSsccSerial();

    Optional<ShippingSettings> shippingSettings();

    void store(ShippingSettings settings);

    /** The series of the warehouses that have one of their own. */
    List<DdtSeries> ddtSeries();

    Optional<DdtSeries> ddtSeries(long warehouseId);

    void store(DdtSeries series);

    void remove(DdtSeries series);

    void store(Shipment shipment);

    Optional<Shipment> findShipment(DdtNumber number);

    /** The shipments of one order, in the order they were issued. */
    List<Shipment> shipmentsOf(long orderId);

    /** Shipments issued in a time range by one warehouse (and one carrier, when given), by DDT number. */
    List<Shipment> shipments(long warehouseId, Long carrierId, java.time.Instant from, java.time.Instant to);

    /**
     * The parcels carrying these tracking numbers, by tracking number; a number
     * a carrier used again is the latest shipment's. Numbers of no parcel are left out.
     */
    Map<String, TrackedParcel> parcelsByTracking(Collection<String> trackingNumbers);

    /** A parcel found by its tracking number: its shipment's id and its number in the shipment. */
    record TrackedParcel(long shipmentId, int parcelNo) {
    }

    /** These shipments, by id (one query for a tracking file's chunk, not one per shipment). */
    Map<Long, Shipment> findShipments(Collection<Long> ids);

    void store(TrackingEvent event);

    Optional<Shipment> findShipment(long id);

    /** A shipment's tracking events and sensor readings, by time. */
    List<TrackingEvent> trackingOf(long shipmentId);

    /**
     * Orders of a warehouse with goods allocated and waiting to be picked
     * (CONFIRMED, or PARTIALLY_SHIPPED with a new allocation), unsorted.
     */
    List<PickCandidate> toPick(long warehouseId);

    /** An order of the "to pick" queue, with what the queue is sorted by. */
    record PickCandidate(String orderNumber, String customerName, it.ordo.domain.customer.Tier customerTier,
                         it.ordo.domain.order.Priority priority, java.time.LocalDate promisedDate,
                         java.time.Instant createdAt, it.ordo.domain.order.OrderStatus status, int lines) {
    }
}

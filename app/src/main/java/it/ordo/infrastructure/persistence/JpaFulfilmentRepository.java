package it.ordo.infrastructure.persistence;

import it.ordo.domain.customer.Tier;
import it.ordo.domain.fulfilment.BinLocation;
import it.ordo.domain.fulfilment.Carrier;
import it.ordo.domain.fulfilment.DdtNumber;
import it.ordo.domain.fulfilment.DdtSeries;
import it.ordo.domain.fulfilment.ShippingSettings;
import it.ordo.domain.fulfilment.FulfilmentRepository;
import it.ordo.domain.fulfilment.Shipment;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JpaFulfilmentRepository implements FulfilmentRepository {

    private final JpaTransactions tx;
    private final Numbering numbering;

    public JpaFulfilmentRepository(JpaTransactions tx) {
        this.tx = tx;
        this.numbering = new Numbering(tx);
    }

    @Override
    public Optional<BinLocation> findBin(long productId, long warehouseId) {
        return tx.em().createQuery("select b from BinLocation b where b.productId = :p and b.warehouseId = :w",
                        BinLocation.class)
                .setParameter("p", productId).setParameter("w", warehouseId).getResultStream().findFirst();
    }

    @Override
    public Map<Long, String> bins(Collection<Long> productIds, long warehouseId) {
        Map<Long, String> bins = new HashMap<>();
        if (productIds.isEmpty()) {
            return bins;
        }
        tx.em().createQuery("select b.productId, b.bin from BinLocation b where b.warehouseId = :w and b.productId in :p",
                        Object[].class)
                .setParameter("w", warehouseId).setParameter("p", productIds).getResultList()
                .forEach(r -> bins.put((Long) r[0], (String) r[1]));
        return bins;
    }

    @Override
    public void store(BinLocation bin) {
        if (bin.id() == null) {
            tx.em().persist(bin);
        }
    }

    @Override
    public Optional<Carrier> findCarrier(String code) {
        return tx.em().createQuery("select c from Carrier c where c.code = :c", Carrier.class)
                .setParameter("c", code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Carrier> findCarrier(long id) {
        return Optional.ofNullable(tx.em().find(Carrier.class, id));
    }

    @Override
    public List<Carrier> carriers() {
        return tx.em().createQuery("select c from Carrier c order by c.code", Carrier.class).getResultList();
    }

    @Override
    public void store(Carrier carrier) {
        if (carrier.id() == null) {
            tx.em().persist(carrier);
        }
    }

    @Override
    public DdtNumber nextDdtNumber(String series, int year) {
        return new DdtNumber(series, year, Math.toIntExact(numbering.next(DdtSeries.counter(series), year)));
    }

    /** The SSCC counter has no year: a serial is never used again. */
    private static final String SSCC_COUNTER = "SSCC";

    @Override
    public long nextSsccSerial() {
        return numbering.next(SSCC_COUNTER, 0);
    }

    @Override
    public Optional<ShippingSettings> shippingSettings() {
        return Optional.ofNullable(tx.em().find(ShippingSettings.class, 1L));
    }

    @Override
    public void store(ShippingSettings settings) {
        if (!tx.em().contains(settings)) {
            tx.em().persist(settings);
        }
    }

    @Override
    public List<DdtSeries> ddtSeries() {
        return tx.em().createQuery("select s from DdtSeries s order by s.series", DdtSeries.class).getResultList();
    }

    @Override
    public Optional<DdtSeries> ddtSeries(long warehouseId) {
        return Optional.ofNullable(tx.em().find(DdtSeries.class, warehouseId));
    }

    @Override
    public void store(DdtSeries series) {
        if (!tx.em().contains(series)) {
            tx.em().persist(series);
        }
        // Flushed at once (the session flushes at commit): the settings shown after saving read them back.
        tx.em().flush();
    }

    @Override
    public void remove(DdtSeries series) {
        tx.em().remove(series);
        tx.em().flush();
    }

    @Override
    public void store(Shipment shipment) {
        if (shipment.id() == null) {
            tx.em().persist(shipment);
        }
        tx.em().flush();
    }

    @Override
    public Optional<Shipment> findShipment(DdtNumber number) {
        return tx.em().createQuery("""
                        select s from Shipment s
                        where s.ddtSeries = :s and s.ddtYear = :y and s.ddtNumber = :n""", Shipment.class)
                .setParameter("s", number.series()).setParameter("y", number.year())
                .setParameter("n", number.sequence()).getResultStream().findFirst();
    }

    @Override
    public List<Shipment> shipmentsOf(long orderId) {
        return tx.em().createQuery("select s from Shipment s where s.orderId = :o order by s.issuedAt, s.id",
                Shipment.class).setParameter("o", orderId).getResultList();
    }

    @Override
    public List<Shipment> shipments(long warehouseId, Long carrierId, Instant from, Instant to) {
        return tx.em().createQuery("""
                        select s from Shipment s
                        where s.warehouseId = :w and s.issuedAt >= :f and s.issuedAt < :t
                          and (:c is null or s.carrierId = :c)
                        order by s.ddtYear, s.ddtNumber""", Shipment.class)
                .setParameter("w", warehouseId).setParameter("f", from).setParameter("t", to)
                .setParameter("c", carrierId).getResultList();
    }

    @Override
    public Map<String, TrackedParcel> parcelsByTracking(Collection<String> trackingNumbers) {
        Map<String, TrackedParcel> found = new HashMap<>();
        if (trackingNumbers.isEmpty()) {
            return found;
        }
        // Oldest first, so a number used again ends up on its latest shipment.
        tx.em().createQuery("""
                        select p.trackingNumber, s.id, p.parcelNo from Shipment s join s.parcels p
                        where p.trackingNumber in :t order by s.issuedAt, s.id""", Object[].class)
                .setParameter("t", trackingNumbers).getResultList()
                .forEach(r -> found.put((String) r[0], new TrackedParcel((Long) r[1], (Integer) r[2])));
        return found;
    }

    @Override
    public Map<Long, Shipment> findShipments(Collection<Long> ids) {
        Map<Long, Shipment> found = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.em().createQuery("select s from Shipment s where s.id in :ids", Shipment.class)
                    .setParameter("ids", ids).getResultList().forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    @Override
    public Optional<Shipment> findShipment(long id) {
        return Optional.ofNullable(tx.em().find(Shipment.class, id));
    }

    @Override
    public void store(it.ordo.domain.fulfilment.TrackingEvent event) {
        tx.em().persist(event);
    }

    @Override
    public List<it.ordo.domain.fulfilment.TrackingEvent> trackingOf(long shipmentId) {
        return tx.em().createQuery("""
                        select e from TrackingEvent e where e.shipmentId = :s order by e.occurredAt, e.id""",
                        it.ordo.domain.fulfilment.TrackingEvent.class)
                .setParameter("s", shipmentId).getResultList();
    }

    @Override
    public List<PickCandidate> toPick(long warehouseId) {
        return tx.em().createQuery("""
                        select o.orderNumber, c.name, c.tier, o.priority, o.promisedDate, o.createdAt, o.status,
                               (select count(l) from OrderLine l where l.orderId = o.id and l.allocatedQty > 0)
                        from SalesOrder o, Customer c
                        where c.id = o.customerId and o.warehouseId = :w
                          and o.status in (it.ordo.domain.order.OrderStatus.CONFIRMED,
                                           it.ordo.domain.order.OrderStatus.PARTIALLY_SHIPPED)
                          and exists (select 1 from OrderLine l where l.orderId = o.id and l.allocatedQty > 0)""",
                        Object[].class)
                .setParameter("w", warehouseId).getResultList().stream()
                .map(r -> new PickCandidate((String) r[0], (String) r[1], (Tier) r[2], (Priority) r[3],
                        (LocalDate) r[4], (Instant) r[5], (OrderStatus) r[6], ((Number) r[7]).intValue()))
                .toList();
    }
}

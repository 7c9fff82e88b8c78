package it.ordo.application.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.fulfilment.ShipRequest.Item;
import it.ordo.application.fulfilment.ShipRequest.ParcelRequest;
import it.ordo.application.imports.ImportReport;
import it.ordo.application.imports.ImportRow;
import it.ordo.application.order.OrderView;
import it.ordo.domain.fulfilment.SensorKind;
import it.ordo.domain.fulfilment.TrackingStatus;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.order.OrderStatus;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A carrier's tracking file read into Ordo: its codes mapped to Ordo's
 * states, the delivery delivering the shipment and the order, an exception
 * flagged for customer service, sensor readings kept on the shipment,
 * repeated and late events handled, bad rows refused by line while the rest go in.
 */
class TrackingImportTest {

    private TestCompany company;
    private FulfilmentService warehouse;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        warehouse = company.ctx.fulfilment();
        company.receive("P1", "MIL", "20");
        warehouse.saveCarrier(new CarrierView("BRT", "BRT S.p.A.", "Via Emilia 1, Bologna", null));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private ShipmentView ship(String ref, String... trackingNumbers) {
        OrderView order = company.order("C-B", ref, "P1", trackingNumbers.length);
        warehouse.startPicking(List.of(order.number()));
        List<ParcelRequest> parcels = new ArrayList<>();
        for (String t : trackingNumbers) {
            parcels.add(new ParcelRequest(null, null, null, null, t, List.of(new Item("P1", BigDecimal.ONE))));
        }
        return warehouse.ship(new ShipRequest(order.number(), TransportBy.CARRIER, "BRT", null, null, null, null,
                parcels));
    }

    private static ImportRow row(int line, String... kv) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            fields.put(kv[i], kv[i + 1]);
        }
        return new ImportRow(line, fields);
    }

    @Test
    void aParcelsStoryFromPickUpToDeliveryWithAHoldLateEventsRepeatsAndBadRows() {
        ShipmentView shipped = ship("WEB-T1", "BRT0001", "BRT0002");
        assertThat(shipped.orderStatus()).isEqualTo(OrderStatus.SHIPPED);
        List<ImportRow> file = List.of(
                row(2, "tracking", "BRT0001", "time", "2026-11-27 18:00", "status", "PRESO IN CARICO", "place", "Milano"),
                row(3, "tracking", "BRT0002", "time", "2026-11-27T18:05", "status", "preso in carico", "place", "Milano"),
                row(4, "tracking", "BRT0001", "time", "2026-11-28T10:00:00+01:00", "status", "GIACENZA",
                        "place", "Bologna", "text", "Destinatario assente"),
                row(5, "tracking", "BRT0002", "time", "2026-11-28T03:00", "sensor", "temperature", "value", "31,5",
                        "place", "Hub Bologna"),
                row(6, "tracking", "BRT0001", "time", "2026-11-29T11:30:00+01:00", "status", "CONSEGNATA",
                        "place", "Bologna", "text", "Firmato: Rossi"),
                row(7, "tracking", "BRT0001", "time", "2026-11-28 08:00", "status", "IN TRANSITO", "place", "Bologna"),
                row(8, "tracking", "BRT0001", "time", "2026-11-27 18:00", "status", "PRESO IN CARICO", "place", "Milano"),
                row(9, "tracking", "XX-NOBODY", "time", "2026-11-28 08:00", "status", "IN TRANSITO"),
                row(10, "tracking", "BRT0002", "time", "ieri", "status", "IN TRANSITO"),
                row(11, "tracking", "BRT0002", "time", "2026-11-28 09:00", "status", "BOH"),
                row(12, "tracking", "BRT0002", "time", "2026-11-28 09:00", "sensor", "SHOCK", "value", "molto"));

        TrackingReport report = warehouse.importTracking(file);

        assertThat(report.rows()).isEqualTo(11);
        assertThat(report.recorded()).isEqualTo(6);
        assertThat(report.sensorReadings()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.exceptions()).isEqualTo(1);
        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.ordersDelivered()).isEqualTo(1);
        assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(9, 10, 11, 12);
        assertThat(report.errors()).extracting(e -> e.problems().getFirst().key()).containsExactly(
                "tracking.unknown", "tracking.time.invalid", "tracking.status.unknown", "tracking.sensor.value");

        ShipmentView after = warehouse.shipment(shipped.ddtNumber());
        Instant delivered = Instant.parse("2026-11-29T10:30:00Z");
        // The late "in transit" of the 28th does not undo the delivery of the 29th.
        assertThat(after.tracking().status()).isEqualTo(TrackingStatus.DELIVERED);
        assertThat(after.tracking().deliveredAt()).isEqualTo(delivered);
        assertThat(after.tracking().exceptionAt()).as("the hold was resolved by the delivery").isNull();
        assertThat(after.tracking().events()).extracting(ShipmentView.Event::at).isSorted();
        assertThat(after.tracking().events()).filteredOn(e -> e.sensor() == SensorKind.TEMPERATURE)
                .singleElement().satisfies(e -> {
                    assertThat(e.value()).isEqualByComparingTo("31.5");
                    assertThat(e.parcelNo()).isEqualTo(2);
                });
        assertThat(company.ctx.orders().show(shipped.orderNumber()).status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(company.ctx.integrity().check()).isEmpty();

        // The carrier sends the same file again: nothing new, nothing changes.
        TrackingReport again = warehouse.importTracking(file);
        assertThat(again.recorded()).isZero();
        assertThat(again.duplicates()).isEqualTo(7);
        assertThat(again.delivered()).isZero();
        assertThat(warehouse.shipment(shipped.ddtNumber()).tracking().events()).hasSize(6);
    }

    @Test
    void anExceptionStaysFlaggedForCustomerServiceAndAPartShipmentDeliveredLeavesTheOrderOpen() {
        ShipmentView held = ship("WEB-T2", "BRT0100");
        TrackingReport report = warehouse.importTracking(List.of(
                row(2, "tracking", "BRT0100", "time", "2026-11-28 10:00", "status", "EXCEPTION",
                        "text", "Indirizzo incompleto")));
        assertThat(report.exceptions()).isEqualTo(1);
        ShipmentView after = warehouse.shipment(held.ddtNumber());
        assertThat(after.tracking().status()).isEqualTo(TrackingStatus.EXCEPTION);
        assertThat(after.tracking().exceptionText()).isEqualTo("Indirizzo incompleto");
        assertThat(company.ctx.orders().show(held.orderNumber()).status()).isEqualTo(OrderStatus.SHIPPED);

        // Half an order leaves and arrives: the shipment is delivered, the order waits for the rest.
        OrderView big = company.order("C-B", "WEB-T3", "P1", 30);
        warehouse.startPicking(List.of(big.number()));
        ShipmentView part = warehouse.ship(new ShipRequest(big.number(), TransportBy.CARRIER, "BRT", null, null, null,
                null, List.of(new ParcelRequest(null, null, null, null, "BRT0200",
                List.of(new Item("P1", new BigDecimal("5")))))));
        TrackingReport partReport = warehouse.importTracking(List.of(
                row(2, "tracking", "BRT0200", "time", "2026-11-29 10:00", "status", "CONSEGNATA")));
        assertThat(partReport.delivered()).isEqualTo(1);
        assertThat(partReport.ordersDelivered()).isZero();
        assertThat(warehouse.shipment(part.ddtNumber()).tracking().deliveredAt()).isNotNull();
        assertThat(company.ctx.orders().show(big.number()).status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
    }
    /**
     * A chunk's transaction run again after a lock conflict (here every first attempt, rolled back as the
     * database would) records its events once, counts them once and reports its bad rows once.
     */
    @Test
    void aChunkRunAgainAfterAConflictRecordsEveryEventOnce() {
        ShipmentView shipped = ship("WEB-T9", "BRT0091");
        it.ordo.infrastructure.persistence.JpaTransactions real = it.ordo.Internals.transactions(company.ctx);
        int[] attempts = new int[1];
        it.ordo.application.Transactions conflicting = new it.ordo.application.Transactions() {
            @Override
            public <T> T write(java.util.function.Supplier<T> work) {
                return real.write(() -> {
                    T result = work.get();
                    if (attempts[0]++ % 2 == 0) {
                        throw new jakarta.persistence.PessimisticLockException("a lock conflict at commit");
                    }
                    return result;
                });
            }

            @Override
            public <T> T read(java.util.function.Supplier<T> work) {
                return real.read(work);
            }
        };
        FulfilmentService retrying = it.ordo.Internals.fulfilment(company.ctx, conflicting);

        TrackingReport report = retrying.importTracking(List.of(
                row(2, "tracking", "BRT0091", "time", "2026-11-27 18:00", "status", "PRESO IN CARICO"),
                row(3, "tracking", "BRT0091", "time", "2026-11-28 08:00", "status", "IN TRANSITO"),
                row(4, "tracking", "XX-NOBODY", "time", "2026-11-28 08:00", "status", "IN TRANSITO"),
                row(5, "tracking", "BRT0091", "time", "2026-11-29 11:30", "status", "CONSEGNATA")));

        assertThat(attempts[0]).as("the chunk ran twice").isEqualTo(2);
        assertThat(report.recorded()).isEqualTo(3);
        assertThat(report.duplicates()).isZero();
        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.ordersDelivered()).isEqualTo(1);
        assertThat(report.errors()).extracting(ImportReport.RowError::line).containsExactly(4);
        assertThat(warehouse.shipment(shipped.ddtNumber()).tracking().events()).hasSize(3);
        assertThat(company.ctx.orders().show(shipped.orderNumber()).status()).isEqualTo(OrderStatus.DELIVERED);
    }
}

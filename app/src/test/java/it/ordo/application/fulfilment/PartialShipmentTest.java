package it.ordo.application.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.fulfilment.ShipRequest.Item;
import it.ordo.application.fulfilment.ShipRequest.ParcelRequest;
import it.ordo.application.inventory.StockLevel;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.ValidationException;
import it.ordo.domain.fulfilment.Freight;
import it.ordo.domain.fulfilment.TransportBy;
import it.ordo.domain.fulfilment.TransportReason;
import it.ordo.domain.order.OrderStatus;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order for more than is on hand leaves in three shipments, each with its
 * own DDT: what is allocated goes first, the backorder follows when the goods
 * arrive, and the ledger agrees with the counters at every step.
 */
class PartialShipmentTest {

    private TestCompany company;
    private FulfilmentService warehouse;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        warehouse = company.ctx.fulfilment();
        company.receive("P1", "MIL", "10");
        company.receive("P3", "MIL", "1");
        warehouse.saveCarrier(new CarrierView("BRT", "BRT S.p.A.", "Via Emilia 1, Bologna",
                "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz={0}"));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void allocatedGoodsShipFirstAndTheBackorderFollowsWithItsOwnDdt() {
        OrderView order = company.order("C-B", "WEB-1", "P1", 15, "P3", 1);
        assertThat(order.lines().getFirst().backordered()).isEqualByComparingTo("5");
        assertThat(warehouse.toPick("MIL")).extracting(PickQueueRow::orderNumber).containsExactly(order.number());

        PickingStarted started = warehouse.startPicking(List.of(order.number())).getFirst();
        assertThat(started.by()).isEqualTo("tester");
        assertThat(warehouse.toPick("MIL")).isEmpty();
        PackTask task = warehouse.packTask(order.number());
        assertThat(task.lines()).extracting(PackTask.Line::sku, l -> l.toPack().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "10"),
                        org.assertj.core.groups.Tuple.tuple("P3", "1"));

        // The packer scans 6 of P1 by EAN and the manual by SKU: 4 of P1 stay on the shelf for later.
        ShipmentView first = warehouse.ship(new ShipRequest(order.number(), TransportBy.CARRIER, "BRT", null, null,
                null, null, List.of(new ParcelRequest(null, 30, 20, 10, "BRT123456789",
                List.of(new Item("4006381333931", new BigDecimal("6")), new Item("p3", BigDecimal.ONE))))));
        assertThat(first.ddtNumber()).isEqualTo("DDT-2026-000001");
        assertThat(first.orderStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(first.reason()).isEqualTo(TransportReason.SALE);
        assertThat(first.freight()).isEqualTo(Freight.PREPAID);
        assertThat(first.carrier().name()).isEqualTo("BRT S.p.A.");
        assertThat(first.grossWeightKg()).isEqualByComparingTo("0.560");   // 6 × 0.010 + 1 × 0.5
        assertThat(first.parcels().getFirst().trackingLink()).endsWith("Nspediz=BRT123456789");
        assertThat(first.sender().vatNumber()).isEqualTo("00743110157");
        assertThat(first.recipient().name()).isEqualTo("Beta S.p.A.");
        assertThat(first.lines()).extracting(ShipmentView.Line::sku).containsExactly("P1", "P3");
        assertStock("P1", "4", "4");
        assertThat(company.ctx.orders().show(order.number()).status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(company.ctx.integrity().check()).isEmpty();

        // The 4 left are picked and shipped again, by the company's van.
        assertThat(warehouse.toPick("MIL")).extracting(PickQueueRow::status).containsExactly(OrderStatus.PARTIALLY_SHIPPED);
        warehouse.startPicking(List.of(order.number()));
        ShipmentView second = warehouse.ship(new ShipRequest(order.number(), TransportBy.SENDER, null, null, null,
                null, null, List.of(new ParcelRequest(new BigDecimal("1.2"), null, null, null, null,
                List.of(new Item("P1", new BigDecimal("4")))))));
        assertThat(second.ddtNumber()).isEqualTo("DDT-2026-000002");
        assertThat(second.orderStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertStock("P1", "0", "0");
        assertThat(warehouse.toPick("MIL")).isEmpty();

        // The backorder arrives, is allocated, and completes the order.
        company.receive("P1", "MIL", "5");
        warehouse.startPicking(List.of(order.number()));
        ShipmentView third = warehouse.ship(new ShipRequest(order.number(), TransportBy.RECIPIENT, null, null, null,
                null, null, List.of(new ParcelRequest(null, null, null, null, null,
                List.of(new Item("P1", new BigDecimal("5")))))));
        assertThat(third.ddtNumber()).isEqualTo("DDT-2026-000003");
        assertThat(third.orderStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(warehouse.shipmentsOf(order.number())).extracting(ShipmentView::ddtNumber)
                .containsExactly("DDT-2026-000001", "DDT-2026-000002", "DDT-2026-000003");
        assertThat(warehouse.shipment("ddt-2026-000001").lines()).hasSize(2);
        assertStock("P1", "0", "0");
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void wrongGoodsTooManyOrEmptyParcelsAreRefusedAndNothingIsWritten() {
        OrderView order = company.order("C-B", "WEB-2", "P1", 5);
        OrderView other = company.order("C-A", "WEB-3", "P3", 1);
        warehouse.startPicking(List.of(order.number(), other.number()));

        assertThatThrownBy(() -> ship(order.number(), new Item("P1", new BigDecimal("6"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("shipment.item.tooMuch")));
        // An item of another order is refused by its code.
        assertThatThrownBy(() -> ship(order.number(), new Item("5901234123457", BigDecimal.ONE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("shipment.item.notInOrder")));
        assertThatThrownBy(() -> warehouse.ship(new ShipRequest(order.number(), null, null, null, null, null, null,
                List.of(new ParcelRequest(null, null, null, null, null, List.of())))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("parcel.empty")));
        assertThatThrownBy(() -> warehouse.ship(new ShipRequest(order.number(), null, null, null, null, null, null,
                List.of(new ParcelRequest(new BigDecimal("4000"), null, null, null, null,
                        List.of(new Item("P1", BigDecimal.ONE)))))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("parcel.weight.invalid"));
        assertThatThrownBy(() -> warehouse.ship(new ShipRequest(order.number(), TransportBy.CARRIER, "NOPE", null,
                null, null, null, List.of(new ParcelRequest(null, null, null, null, null,
                List.of(new Item("P1", BigDecimal.ONE)))))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("notFound.carrier"));

        assertStock("P1", "10", "5");
        assertThat(company.ctx.orders().show(order.number()).status()).isEqualTo(OrderStatus.PICKING);
        // No DDT number was used by the refused attempts.
        assertThat(ship(order.number(), new Item("P1", new BigDecimal("5"))).ddtNumber()).isEqualTo("DDT-2026-000001");
        assertThatThrownBy(() -> ship(order.number(), new Item("P1", BigDecimal.ONE)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("pack.notPicking")
                        .isNotNull());
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void theQueueServesTierAFirstAndACancelledDdtKeepsItsNumber() {
        company.receive("P1", "MIL", "10");
        OrderView b = company.order("C-B", "WEB-4", "P1", 2);
        OrderView c = company.order("C-C", "WEB-5", "P1", 2);
        OrderView a = company.order("C-A", "WEB-6", "P1", 2);
        assertThat(warehouse.toPick("MIL")).extracting(PickQueueRow::orderNumber)
                .containsExactly(a.number(), b.number(), c.number());

        warehouse.startPicking(List.of(a.number()));
        ShipmentView shipped = ship(a.number(), new Item("P1", new BigDecimal("2")));
        ShipmentView cancelled = warehouse.cancelDdt(shipped.ddtNumber(), "wrong address");
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(warehouse.shipment(shipped.ddtNumber()).cancelReason()).isEqualTo("wrong address");
        assertThatThrownBy(() -> warehouse.cancelDdt(shipped.ddtNumber(), "again"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("ddt.cancelled.already"));

        warehouse.setBin("P1", "MIL", " a-01-3 ");
        warehouse.startPicking(List.of(b.number()));
        assertThat(warehouse.packTask(b.number()).lines().getFirst().bin()).isEqualTo("A-01-3");
        assertThat(ship(b.number(), new Item("P1", new BigDecimal("2"))).ddtNumber()).isEqualTo("DDT-2026-000002");
    }

    private ShipmentView ship(String order, Item... items) {
        return warehouse.ship(new ShipRequest(order, null, null, null, null, null, null,
                List.of(new ParcelRequest(null, null, null, null, null, List.of(items)))));
    }

    private void assertStock(String sku, String onHand, String allocated) {
        StockLevel level = company.ctx.inventory().stock(sku, "MIL", 0, 10).getFirst();
        assertThat(level.onHand()).as("on hand").isEqualByComparingTo(onHand);
        assertThat(level.allocated()).as("allocated").isEqualByComparingTo(allocated);
    }
}

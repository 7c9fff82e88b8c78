package it.ordo.domain.order;

import static it.ordo.domain.order.Orders.NOW;
import static it.ordo.domain.order.Orders.TODAY;
import static it.ordo.domain.order.Orders.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import it.ordo.domain.StaleDataException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The way of an order through its states, without a database: what each move allows and what it leaves behind. */
class SalesOrderLifecycleTest {

    @Test
    void aNewOrderIsADraftWithItsCreationInTheHistory() {
        SalesOrder order = Orders.draft();

        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.number()).isNull();
        assertThat(order.history()).singleElement().satisfies(change -> {
            assertThat(change.fromStatus()).isNull();
            assertThat(change.toStatus()).isEqualTo(OrderStatus.DRAFT);
            assertThat(change.username()).isEqualTo("anna");
            assertThat(change.changedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void anOrderIsNumberedOnce() {
        SalesOrder order = Orders.draft();
        order.assignNumber(OrderNumber.of(2026, 42));

        assertThat(order.number()).isEqualTo("ORD-2026-000042");
        assertThatThrownBy(() -> order.assignNumber(OrderNumber.of(2026, 43)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.number()).isEqualTo("ORD-2026-000042");
    }

    @Test
    void anOrderWithoutLinesCannotBeConfirmed() {
        SalesOrder order = Orders.draft();

        assertThatThrownBy(() -> order.confirm("anna", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("order.noLines");
                    assertThat(e.args()).as("a draft has no number yet").containsExactly("-");
                });
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
    }

    @Test
    void anUnnumberedDraftIsRefusedInWordsNotWithACrash() {
        SalesOrder order = Orders.draftWithLine();
        order.hold("credit", "system", NOW);

        assertThatThrownBy(() -> order.addLine(2L, dec("1"), dec("1"), BigDecimal.ZERO, dec("22"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("order.status.required");
                    assertThat(e.args()).containsExactly("-", "DRAFT", "ON_HOLD");
                });
        assertThatThrownBy(() -> order.hold("again", "system", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void theWholeWayFromDraftToDeliveredIsRecordedStepByStep() {
        SalesOrder order = Orders.confirmed();
        order.startPicking("bruno", NOW.plusSeconds(60));
        order.pack("bruno", NOW.plusSeconds(120));
        order.ship("carla", NOW.plusSeconds(180));
        order.deliver("carla", NOW.plusSeconds(240));

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.confirmedAt()).isEqualTo(NOW);
        assertThat(order.history()).extracting(StatusChange::toStatus).containsExactly(OrderStatus.DRAFT,
                OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.SHIPPED, OrderStatus.DELIVERED);
        assertThat(order.history()).extracting(StatusChange::fromStatus).containsExactly(null,
                OrderStatus.DRAFT, OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.SHIPPED);
        assertThat(order.history()).extracting(StatusChange::username)
                .containsExactly("anna", "anna", "bruno", "bruno", "carla", "carla");
    }

    @Test
    void skippingAStepIsRefusedAndLeavesNoTrace() {
        SalesOrder order = Orders.confirmed();

        assertThatThrownBy(() -> order.ship("carla", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("order.transition.illegal");
                    assertThat(e.args()).containsExactly("ORD-2026-000001", "CONFIRMED", "SHIPPED");
                });
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.history()).hasSize(2);
    }

    @Test
    void aConfirmedOrderCannotBeConfirmedAgain() {
        SalesOrder order = Orders.confirmed();

        assertThatThrownBy(() -> order.confirm("anna", NOW)).isInstanceOf(DomainException.class);
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = {"DELIVERED", "CANCELLED"})
    void finishedOrdersGoNowhere(OrderStatus end) {
        assertThat(end.next()).isEmpty();
    }

    @Test
    void onlyConfirmedPickingPackedAndPartlyShippedOrdersAreOpen() {
        assertThat(EnumSet.allOf(OrderStatus.class)).filteredOn(OrderStatus::isOpen)
                .containsExactlyInAnyOrder(OrderStatus.CONFIRMED, OrderStatus.PICKING, OrderStatus.PACKED,
                        OrderStatus.PARTIALLY_SHIPPED);
    }

    @Test
    void pickingTakesWhatIsAllocatedAndTheBackorderShipsLater() {
        SalesOrder order = Orders.confirmed();
        OrderLine line = order.lines().getFirst();
        order.allocate(line, dec("6"));
        order.backorder(line, dec("4"), TODAY.plusDays(5));

        order.startPicking("bruno", NOW);
        assertThat(order.shipPart(java.util.Map.of(line, dec("6")), "carla", NOW)).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(line.allocatedQty()).isEqualByComparingTo("0");
        assertThat(line.shippedQty()).isEqualByComparingTo("6");
        assertThat(line.backorderedQty()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> order.startPicking("bruno", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("order.pick.nothing"));
    }

    @Test
    void aHoldAtConfirmationReturnsToDraftSoTheConfirmationCanGoOn() {
        SalesOrder order = Orders.draftWithLine();
        order.hold("credit", "system", NOW);

        assertThat(order.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(order.heldFrom()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.holdReason()).isEqualTo("credit");

        OrderStatus back = order.release("marco", NOW.plusSeconds(60), "paid");

        assertThat(back).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(order.heldFrom()).isNull();
        assertThat(order.holdReason()).isNull();
        assertThat(order.history().getLast()).satisfies(change -> {
            assertThat(change.fromStatus()).isEqualTo(OrderStatus.ON_HOLD);
            assertThat(change.toStatus()).isEqualTo(OrderStatus.DRAFT);
            assertThat(change.reason()).isEqualTo("paid");
        });
    }

    @Test
    void anOrderHeldAtConfirmationMayBeConfirmedStraightFromTheHold() {
        SalesOrder order = Orders.draftWithLine();
        order.hold("credit", "system", NOW);
        order.confirm("marco", NOW.plusSeconds(60));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.heldFrom()).isNull();
        assertThat(order.holdReason()).isNull();
        assertThat(order.confirmedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aConfirmedOrderPutOnHoldCannotBeConfirmedAgainOnlyReleased() {
        SalesOrder order = Orders.confirmed();
        order.hold("customer asked to wait", "anna", NOW);

        assertThatThrownBy(() -> order.confirm("anna", NOW)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("order.transition.illegal"));

        assertThat(order.release("anna", NOW, null)).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aHoldWhilePickingGoesBackToPicking() {
        SalesOrder order = Orders.confirmed();
        order.startPicking("bruno", NOW);
        order.hold("damaged box", "bruno", NOW);

        assertThat(order.release("bruno", NOW, null)).isEqualTo(OrderStatus.PICKING);
    }

    @Test
    void packedOrdersAndHeldOrdersCannotBeHeld() {
        SalesOrder held = Orders.confirmed();
        held.hold("first", "anna", NOW);
        SalesOrder packed = Orders.confirmed();
        packed.startPicking("bruno", NOW);
        packed.pack("bruno", NOW);

        assertThatThrownBy(() -> held.hold("second", "anna", NOW)).isInstanceOf(DomainException.class);
        assertThat(held.holdReason()).isEqualTo("first");
        assertThatThrownBy(() -> packed.hold("late", "anna", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyAHeldOrderCanBeReleased() {
        SalesOrder order = Orders.confirmed();

        assertThatThrownBy(() -> order.release("anna", NOW, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.key()).isEqualTo("order.status.required"));
    }

    // --- cancel

    @Test
    void cancellingReturnsWhatEachLineHeldAndClearsTheLines() {
        SalesOrder order = Orders.draftWithLine();
        order.addLine(200L, dec("3"), dec("2.00"), BigDecimal.ZERO, dec("22"), null);
        order.addLine(300L, dec("5"), dec("1.00"), BigDecimal.ZERO, dec("22"), null);
        order.assignNumber(OrderNumber.of(2026, 9));
        order.confirm("anna", NOW);
        OrderLine first = order.lines().get(0);
        OrderLine second = order.lines().get(1);
        OrderLine third = order.lines().get(2);
        order.allocate(first, dec("10"));
        order.allocate(second, dec("1"));
        order.backorder(second, dec("2"), TODAY.plusDays(4));
        order.backorder(third, dec("5"), null);

        Map<OrderLine, BigDecimal> held = order.cancel("anna", NOW, "customer changed their mind");

        assertThat(held).containsOnlyKeys(first, second);
        assertThat(held.get(first)).isEqualByComparingTo("10");
        assertThat(held.get(second)).isEqualByComparingTo("1");
        assertThat(order.lines()).allSatisfy(line -> {
            assertThat(line.allocatedQty()).isZero();
            assertThat(line.backorderedQty()).isZero();
        });
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.history().getLast().reason()).isEqualTo("customer changed their mind");
    }

    @Test
    void aShippedOrderCannotBeCancelledAndKeepsItsAllocation() {
        SalesOrder order = Orders.confirmed();
        OrderLine line = order.lines().getFirst();
        order.allocate(line, dec("10"));
        order.startPicking("bruno", NOW);
        order.pack("bruno", NOW);
        order.ship("carla", NOW);

        assertThatThrownBy(() -> order.cancel("anna", NOW, null)).isInstanceOf(DomainException.class);
        assertThat(line.allocatedQty()).isEqualByComparingTo("10");
    }

    @Test
    void aPackedOrderCanStillBeCancelled() {
        SalesOrder order = Orders.confirmed();
        order.allocate(order.lines().getFirst(), dec("10"));
        order.startPicking("bruno", NOW);
        order.pack("bruno", NOW);

        assertThat(order.cancel("anna", NOW, null)).hasSize(1);
    }

    // --- header

    @Test
    void theHeaderMayChangeUntilTheWarehouseStarts() {
        SalesOrder order = Orders.confirmed();
        order.editHeader(TODAY.plusDays(10), null, "REF-2", "leave at the gate");

        assertThat(order.requestedDate()).isEqualTo(TODAY.plusDays(10));
        assertThat(order.priority()).as("no priority given means normal").isEqualTo(Priority.NORMAL);
        assertThat(order.externalRef()).isEqualTo("REF-2");
        assertThat(order.notes()).isEqualTo("leave at the gate");

        order.editHeader(TODAY.plusDays(11), Priority.URGENT, "REF-3", null);
        assertThat(order.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void whichStatesLetTheHeaderChange() {
        SalesOrder draft = Orders.draftWithLine();
        SalesOrder heldDraft = Orders.draftWithLine();
        heldDraft.hold("credit", "system", NOW);
        SalesOrder heldConfirmed = Orders.confirmed();
        heldConfirmed.hold("wait", "anna", NOW);
        SalesOrder picking = Orders.confirmed();
        picking.startPicking("bruno", NOW);
        SalesOrder heldPicking = Orders.confirmed();
        heldPicking.startPicking("bruno", NOW);
        heldPicking.hold("wait", "bruno", NOW);
        SalesOrder cancelled = Orders.confirmed();
        cancelled.cancel("anna", NOW, null);

        assertThat(draft.editable()).isTrue();
        assertThat(Orders.confirmed().editable()).isTrue();
        assertThat(heldDraft.editable()).isTrue();
        assertThat(heldConfirmed.editable()).isTrue();
        assertThat(picking.editable()).isFalse();
        assertThat(heldPicking.editable()).as("a hold taken while picking counts as started").isFalse();
        assertThat(cancelled.editable()).isFalse();
    }

    @Test
    void aStartedOrderRefusesHeaderChangesAndKeepsItsHeader() {
        SalesOrder order = Orders.confirmed();
        order.startPicking("bruno", NOW);

        assertThatThrownBy(() -> order.editHeader(TODAY, Priority.HIGH, "X", "Y"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("order.edit.tooLate");
                    assertThat(e.args()).containsExactly("ORD-2026-000001", "PICKING");
                });
        assertThat(order.externalRef()).isEqualTo("REF-1");
        assertThat(order.priority()).isEqualTo(Priority.NORMAL);
    }

    // --- version

    @Test
    void aChangeBasedOnAnOlderCopyIsRefused() {
        SalesOrder order = Orders.confirmed();

        order.requireVersion(order.version());
        assertThatThrownBy(() -> order.requireVersion(order.version() + 1))
                .isInstanceOfSatisfying(StaleDataException.class, e -> {
                    assertThat(e.entity()).isEqualTo("SalesOrder");
                    assertThat(e.recordKey()).isEqualTo("ORD-2026-000001");
                    assertThat(e.key()).isEqualTo("error.stale.unknown");
                });
    }

    // --- promise date

    @Test
    void theOrderIsPromisedForItsLatestLineAndForNothingWhileOneLineHasNoDate() {
        SalesOrder order = Orders.draftWithLine();
        order.addLine(200L, dec("3"), dec("2.00"), BigDecimal.ZERO, dec("22"), null);
        OrderLine first = order.lines().get(0);
        OrderLine second = order.lines().get(1);
        order.repromise(first, TODAY);
        assertThat(order.promisedDate()).as("second line has no date yet").isNull();

        order.backorder(second, dec("3"), TODAY.plusDays(6));
        order.updatePromisedDate();
        assertThat(order.promisedDate()).isEqualTo(TODAY.plusDays(6));

        order.fillBackorder(second, dec("3"), TODAY.plusDays(2));
        assertThat(second.backorderedQty()).isZero();
        assertThat(second.allocatedQty()).isEqualByComparingTo("3");
        assertThat(order.promisedDate()).as("filled on arrival, it leaves that day").isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void aPartlyFilledBackorderKeepsItsPromise() {
        SalesOrder order = Orders.confirmed();
        OrderLine line = order.lines().getFirst();
        order.allocate(line, dec("4"));
        order.backorder(line, dec("6"), TODAY.plusDays(9));
        order.fillBackorder(line, dec("2"), TODAY.plusDays(1));

        assertThat(line.allocatedQty()).isEqualByComparingTo("6");
        assertThat(line.backorderedQty()).isEqualByComparingTo("4");
        assertThat(line.outstanding()).isZero();
        assertThat(order.promisedDate()).isEqualTo(TODAY.plusDays(9));
    }
}

package it.ordo.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stock counters and the ledger row each change of them writes. */
class StockTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private static Stock stockWith(String onHand) {
        Stock stock = new Stock(100L, 1L);
        stock.receive(new BigDecimal(onHand), "PO-1", "gino", NOW);
        return stock;
    }

    @Test
    void aNewStockRowHoldsNothing() {
        Stock stock = new Stock(100L, 1L);

        assertThat(stock.onHand()).isEqualTo(new BigDecimal("0.000"));
        assertThat(stock.allocated()).isEqualTo(new BigDecimal("0.000"));
        assertThat(stock.available()).isZero();
        assertThat(stock.productId()).isEqualTo(100L);
        assertThat(stock.warehouseId()).isEqualTo(1L);
    }

    @Test
    void receivingRaisesOnHandAndWritesAReceipt() {
        Stock stock = new Stock(100L, 1L);

        StockMovement movement = stock.receive(new BigDecimal("12.5"), "PO-7", "gino", NOW);

        assertThat(stock.onHand()).isEqualByComparingTo("12.5");
        assertThat(stock.available()).isEqualByComparingTo("12.5");
        assertThat(movement.kind()).isEqualTo(MovementKind.RECEIPT);
        assertThat(movement.onHandDelta()).isEqualByComparingTo("12.5");
        assertThat(movement.allocatedDelta()).isZero();
        assertThat(movement.productId()).isEqualTo(100L);
        assertThat(movement.warehouseId()).isEqualTo(1L);
        assertThat(movement.reference()).isEqualTo("PO-7");
        assertThat(movement.username()).isEqualTo("gino");
        assertThat(movement.createdAt()).isEqualTo(NOW);
    }

    @Test
    void nothingOrLessThanNothingCannotBeReceived() {
        Stock stock = new Stock(100L, 1L);

        assertThatThrownBy(() -> stock.receive(BigDecimal.ZERO, "PO", "gino", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("quantity.notPositive"));
        assertThatThrownBy(() -> stock.receive(new BigDecimal("-1"), "PO", "gino", NOW))
                .isInstanceOf(DomainException.class);
        assertThat(stock.onHand()).isZero();
    }

    @Test
    void allocationTakesAllThatIsAskedWhenThereIsEnough() {
        Stock stock = stockWith("10");

        StockMovement movement = stock.allocateUpTo(new BigDecimal("4"), "ORD-2026-000001", "anna", NOW);

        assertThat(movement.kind()).isEqualTo(MovementKind.ALLOCATE);
        assertThat(movement.allocatedDelta()).isEqualByComparingTo("4");
        assertThat(movement.onHandDelta()).isZero();
        assertThat(stock.allocated()).isEqualByComparingTo("4");
        assertThat(stock.onHand()).isEqualByComparingTo("10");
        assertThat(stock.available()).isEqualByComparingTo("6");
    }

    @Test
    void allocationTakesNoMoreThanIsAvailable() {
        Stock stock = stockWith("10");
        stock.allocateUpTo(new BigDecimal("7"), "ORD-A", "anna", NOW);

        StockMovement movement = stock.allocateUpTo(new BigDecimal("5"), "ORD-B", "anna", NOW);

        assertThat(movement.allocatedDelta()).isEqualByComparingTo("3");
        assertThat(stock.allocated()).isEqualByComparingTo("10");
        assertThat(stock.available()).isZero();
    }

    @Test
    void allocatingFromNothingWritesNoLedgerRow() {
        Stock stock = stockWith("2");
        stock.allocateUpTo(new BigDecimal("2"), "ORD-A", "anna", NOW);

        assertThat(stock.allocateUpTo(new BigDecimal("1"), "ORD-B", "anna", NOW)).isNull();
        assertThat(new Stock(1L, 1L).allocateUpTo(BigDecimal.ONE, "ORD-C", "anna", NOW)).isNull();
        assertThat(stock.allocated()).isEqualByComparingTo("2");
    }

    @Test
    void releaseGivesBackAReservation() {
        Stock stock = stockWith("10");
        stock.allocateUpTo(new BigDecimal("6"), "ORD-A", "anna", NOW);

        StockMovement movement = stock.release(new BigDecimal("4"), "ORD-A", "anna", NOW);

        assertThat(movement.kind()).isEqualTo(MovementKind.RELEASE);
        assertThat(movement.allocatedDelta()).isEqualByComparingTo("-4");
        assertThat(movement.onHandDelta()).isZero();
        assertThat(stock.allocated()).isEqualByComparingTo("2");
        assertThat(stock.onHand()).isEqualByComparingTo("10");
    }

    @Test
    void moreThanIsReservedCannotBeReleased() {
        Stock stock = stockWith("10");
        stock.allocateUpTo(new BigDecimal("3"), "ORD-A", "anna", NOW);

        assertThatThrownBy(() -> stock.release(new BigDecimal("4"), "ORD-A", "anna", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("stock.release.tooMuch");
                    assertThat(e.args()).containsExactly(new BigDecimal("4"), new BigDecimal("3"));
                });
        assertThat(stock.allocated()).isEqualByComparingTo("3");
    }

    @Test
    void shippingTakesGoodsOffOnHandAndOffTheReservationTogether() {
        Stock stock = stockWith("10");
        stock.allocateUpTo(new BigDecimal("6"), "ORD-A", "anna", NOW);

        StockMovement movement = stock.ship(new BigDecimal("6"), "ORD-A", "carla", NOW);

        assertThat(movement.kind()).isEqualTo(MovementKind.SHIP);
        assertThat(movement.onHandDelta()).isEqualByComparingTo("-6");
        assertThat(movement.allocatedDelta()).isEqualByComparingTo("-6");
        assertThat(stock.onHand()).isEqualByComparingTo("4");
        assertThat(stock.allocated()).isZero();
        assertThat(stock.available()).isEqualByComparingTo("4");
    }

    @Test
    void onlyReservedGoodsCanBeShipped() {
        Stock stock = stockWith("10");
        stock.allocateUpTo(new BigDecimal("2"), "ORD-A", "anna", NOW);

        assertThatThrownBy(() -> stock.ship(new BigDecimal("3"), "ORD-A", "carla", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("stock.ship.notAllocated"));
        assertThat(stock.onHand()).isEqualByComparingTo("10");
    }

    @Test
    void aNegativeReleaseOrShipmentIsRefusedAndChangesNothing() {
        Stock stock = stockWith("10");
        stock.allocateUpTo(new BigDecimal("2"), "ORD-A", "anna", NOW);

        assertThatThrownBy(() -> stock.release(new BigDecimal("-5"), "ORD-A", "carla", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("quantity.notPositive"));
        assertThatThrownBy(() -> stock.ship(new BigDecimal("-5"), "ORD-A", "carla", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("quantity.notPositive"));
        assertThat(stock.onHand()).isEqualByComparingTo("10");
        assertThat(stock.allocated()).isEqualByComparingTo("2");
    }

    @Test
    void aCountCorrectionMovesOnHandEitherWayButNotBelowWhatIsPromised() {
        Stock stock = stockWith("10");
        stock.allocateUpTo(new BigDecimal("6"), "ORD-A", "anna", NOW);

        StockMovement down = stock.adjust(new BigDecimal("-4"), "COUNT-1", "gino", NOW);
        assertThat(down.kind()).isEqualTo(MovementKind.ADJUSTMENT);
        assertThat(down.onHandDelta()).isEqualByComparingTo("-4");
        assertThat(down.allocatedDelta()).isZero();
        assertThat(stock.onHand()).isEqualByComparingTo("6");

        assertThatThrownBy(() -> stock.adjust(new BigDecimal("-0.001"), "COUNT-2", "gino", NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.key()).isEqualTo("stock.adjust.belowAllocated"));
        assertThat(stock.onHand()).isEqualByComparingTo("6");

        stock.adjust(new BigDecimal("2.5"), "COUNT-3", "gino", NOW);
        assertThat(stock.onHand()).isEqualByComparingTo("8.5");
    }
}

package it.ordo.application.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A change of expected supply moves the promise dates of the orders already waiting for it, in the order
 * receipts would serve them (customer tier first), in the same transaction as the change.
 */
@Tag("db")
class RepromiseOnSupplyChangeTest {

    private static final LocalDate DEC_9 = LocalDate.of(2026, 12, 9);
    private static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private OrderView show(OrderView order) {
        return company.ctx.orders().show(order.number());
    }

    private void supply(String qty, LocalDate date, String po) {
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal(qty), date, po);
    }

    @Test
    void addedSupplyGivesAWaitingOrderItsDate() {
        OrderView waiting = company.order("C-B", "OLD", "P1", 10);
        assertThat(waiting.promisedDate()).as("nothing in stock or on order").isNull();

        supply("100", DEC_9, "PO-2026-0100");

        OrderView after = show(waiting);
        assertThat(after.promisedDate()).isEqualTo(DEC_9);
        assertThat(after.lines().getFirst().promisedDate()).isEqualTo(DEC_9);
    }

    @Test
    void supplyTooSmallForEveryoneGoesToTheFirstInServiceOrder() {
        OrderView tierB = company.order("C-B", "FIRST-TAKEN", "P1", 10);
        OrderView tierA = company.order("C-A", "TAKEN-LATER", "P1", 5);

        supply("12", DEC_9, "PO-2026-0012");

        assertThat(show(tierA).promisedDate()).as("tier A is served first").isEqualTo(DEC_9);
        assertThat(show(tierB).promisedDate()).as("7 left of 12 cannot cover 10").isNull();

        supply("40", JAN_15, "PO-2027-0040");

        assertThat(show(tierA).promisedDate()).isEqualTo(DEC_9);
        assertThat(show(tierB).promisedDate()).isEqualTo(JAN_15);
    }

    @Test
    void aReceiptOfTheLaterDeliveryMovesTheRestToTheEarlierOne() {
        supply("5", DEC_9, "PO-1");
        supply("10", JAN_15, "PO-2");
        OrderView tierA = company.order("C-A", "A", "P1", 5);
        OrderView tierB = company.order("C-B", "B", "P1", 10);
        assertThat(tierA.promisedDate()).isEqualTo(DEC_9);
        assertThat(tierB.promisedDate()).isEqualTo(JAN_15);

        // PO-2 arrives early: A is filled, B gets 5 and waits for the other 5, which PO-1 still brings on 9 Dec.
        company.ctx.inventory().receive("P1", "MIL", new BigDecimal("10"), "PO-2");

        OrderView b = show(tierB);
        assertThat(b.lines().getFirst().backordered()).isEqualByComparingTo("5");
        assertThat(b.promisedDate()).isEqualTo(DEC_9);
        assertThat(show(tierA).promisedDate()).isEqualTo(TestCompany.TODAY);
    }
}

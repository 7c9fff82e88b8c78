package it.ordo.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderQuery;
import it.ordo.domain.DomainException;
import it.ordo.domain.ValidationException;
import it.ordo.domain.order.OrderStatus;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class OrderLifecycleTest {

    private TestCompany company;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void anOrderWithStockIsConfirmedPricedAndAllocated() {
        company.receive("P1", "MIL", "50");
        OrderView order = company.order("C-B", "WEB-1", "P1", 10);

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.number()).matches("ORD-2026-\\d{6}");
        OrderView.Line line = order.lines().getFirst();
        assertThat(line.allocated()).isEqualByComparingTo("10");
        assertThat(line.backordered()).isEqualByComparingTo("0");
        assertThat(line.promisedDate()).isEqualTo(TestCompany.TODAY);
        assertThat(order.netTotal()).isEqualByComparingTo("100.00");
        assertThat(order.vatTotal()).isEqualByComparingTo("22.00");
        assertThat(order.grossTotal()).isEqualByComparingTo("122.00");
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 10).getFirst().available()).isEqualByComparingTo("40");
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void whatIsMissingIsBackorderedWithThePromiseDateOfIncomingSupply() {
        company.receive("P1", "MIL", "7");
        company.ctx.inventory().addSupply("P1", "MIL", new BigDecimal("13"), LocalDate.of(2026, 12, 9), "PO-2026-0042");

        OrderView first = company.order("C-B", "WEB-1", "P1", 12);
        assertThat(first.lines().getFirst().allocated()).isEqualByComparingTo("7");
        assertThat(first.lines().getFirst().backordered()).isEqualByComparingTo("5");
        assertThat(first.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 9));

        // 13 arrive, 5 already promised: 8 more can still be promised for that date, 9 cannot.
        OrderView second = company.order("C-B", "WEB-2", "P1", 8);
        assertThat(second.promisedDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        OrderView third = company.order("C-B", "WEB-3", "P1", 1);
        assertThat(third.promisedDate()).isNull();
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void aCustomerWithoutBackordersIsRefusedWithTheShortfallAndNothingIsWritten() {
        company.receive("P1", "MIL", "3");
        assertThatThrownBy(() -> company.order("C-NOBO", "WEB-9", "P1", 5))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("order.shortfall")));
        assertThat(company.ctx.orders().search(OrderQuery.latest(null, "C-NOBO", 10)).rows()).isEmpty();
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 10).getFirst().allocated()).isEqualByComparingTo("0");
    }

    @Test
    void creditLimitPutsTheOrderOnHoldAndReleaseContinuesTheConfirmation() {
        company.receive("P1", "MIL", "50");
        OrderView held = company.order("C-POOR", "WEB-5", "P1", 10);
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.holdReason().key()).isEqualTo("hold.credit");
        assertThat(held.lines().getFirst().allocated()).isEqualByComparingTo("0");

        OrderView released = company.ctx.orders().release(held.number());
        assertThat(released.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(released.lines().getFirst().allocated()).isEqualByComparingTo("10");
        assertThat(released.history()).extracting(OrderView.HistoryEntry::to)
                .containsExactly(OrderStatus.DRAFT, OrderStatus.ON_HOLD, OrderStatus.DRAFT, OrderStatus.CONFIRMED);
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void aConfirmedOrderHeldByHandKeepsItsStockAndGoesBackWhereItWas() {
        company.receive("P1", "MIL", "20");
        OrderView order = company.order("C-B", "WEB-H", "P1", 8);
        OrderView held = company.ctx.orders().hold(order.number(), "customer asked to wait");
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.lines().getFirst().allocated()).isEqualByComparingTo("8");
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().available()).isEqualByComparingTo("12");
        assertThat(company.ctx.integrity().check()).isEmpty();
        assertThat(company.ctx.orders().release(order.number()).status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void cancellingReleasesTheAllocation() {
        company.receive("P1", "MIL", "20");
        OrderView order = company.order("C-B", "WEB-1", "P1", 15);
        company.ctx.orders().cancel(order.number(), "customer changed mind");
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 10).getFirst().available()).isEqualByComparingTo("20");
        assertThat(company.ctx.orders().show(order.number()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void illegalTransitionsAreRefusedWithAReason() {
        company.receive("P1", "MIL", "20");
        OrderView order = company.order("C-B", "WEB-1", "P1", 5);
        assertThatThrownBy(() -> company.ctx.fulfilment().shipAllocated(order.number()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("pack.notPicking");
                    assertThat(e.args()).contains("CONFIRMED");
                });
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
        company.ctx.orders().deliver(order.number());
        assertThatThrownBy(() -> company.ctx.orders().cancel(order.number(), null)).isInstanceOf(DomainException.class);
        assertThat(company.ctx.inventory().stock("P1", "MIL", 0, 10).getFirst().onHand()).isEqualByComparingTo("15");
        assertThat(company.ctx.integrity().check()).isEmpty();
    }

    @Test
    void receivingFillsBackordersByTierThenPriority() {
        OrderView c = company.order("C-C", "W-C", "P1", 5);
        OrderView b = company.order("C-B", "W-B", "P1", 5);
        OrderView a = company.order("C-A", "W-A", "P1", 5);
        var receipt = company.ctx.inventory().receive("P1", "MIL", new BigDecimal("8"), null);
        assertThat(receipt.filled()).extracting(f -> f.orderNumber())
                .containsExactly(a.number(), b.number());
        assertThat(company.ctx.orders().show(a.number()).lines().getFirst().backordered()).isEqualByComparingTo("0");
        assertThat(company.ctx.orders().show(b.number()).lines().getFirst().backordered()).isEqualByComparingTo("2");
        assertThat(company.ctx.orders().show(c.number()).lines().getFirst().backordered()).isEqualByComparingTo("5");
        assertThat(company.ctx.integrity().check()).isEmpty();
    }
}

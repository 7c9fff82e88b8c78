package it.ordo.application.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.application.order.OrderView;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.application.security.Session;
import it.ordo.domain.DomainException;
import it.ordo.domain.returns.QuarantineDecision;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Goods a return left in quarantine are judged later by the warehouse: part released back to sellable stock,
 * part scrapped at cost, each a ledger row with the counters, so the check still reconciles; more than is in
 * quarantine is refused and nothing moves; the order desk cannot do it.
 */
class QuarantineSettlementTest {

    private TestCompany company;
    private it.ordo.OrdoContext warehouse;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "50");
        OrderView order = company.order("C-B", "Q-1", "P1", 10);
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
        String rma = company.ctx.returns().open(new NewReturn(order.number(), null, "Imballo rotto",
                ReturnWish.REFUND, List.of(new NewReturn.LineQty(1, new BigDecimal("6"))))).rmaNumber();
        warehouse = company.ctx.as(new Session("mag", EnumSet.of(Role.WAREHOUSE), false));
        warehouse.returns().receive(rma, List.of(new LineOutcome(1, ReturnOutcome.QUARANTINE)));
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private BigDecimal onHand() {
        return company.ctx.inventory().stock("P1", "MIL", 0, 1).getFirst().onHand();
    }

    @Test
    void partIsReleasedToStockAndPartScrappedAtCostWithTheLedgerInStep() {
        assertThat(warehouse.returns().quarantine()).singleElement().satisfies(q -> {
            assertThat(q.sku()).isEqualTo("P1");
            assertThat(q.warehouse()).isEqualTo("MIL");
            assertThat(q.quantity()).isEqualByComparingTo("6");
            assertThat(q.value()).as("6 at the unit cost of 5.00").isEqualByComparingTo("30.00");
        });
        BigDecimal before = onHand();

        QuarantineRow left = warehouse.returns().settleQuarantine("P1", "MIL", new BigDecimal("2"),
                QuarantineDecision.RELEASE, "Controllati, integri");
        assertThat(left.quantity()).isEqualByComparingTo("4");
        assertThat(onHand()).as("sellable again").isEqualByComparingTo(before.add(new BigDecimal("2")));

        left = warehouse.returns().settleQuarantine("P1", "MIL", new BigDecimal("3"), QuarantineDecision.SCRAP, null);
        assertThat(left.quantity()).isEqualByComparingTo("1");
        assertThat(onHand()).as("scrapped goods are never stock").isEqualByComparingTo(before.add(new BigDecimal("2")));

        var tx = Internals.transactions(company.ctx);
        List<Object[]> ledger = tx.read(() -> tx.em().createNativeQuery("SELECT kind, on_hand_delta, quarantined_delta,"
                + " written_off, written_off_value, reference, username FROM stock_movement"
                + " WHERE reference LIKE 'QUARANTINE%' ORDER BY id", Object[].class).getResultList());
        assertThat(ledger).hasSize(2);
        assertThat(ledger.get(0)).satisfies(row -> {
            assertThat(row[0]).isEqualTo("UNQUARANTINE");
            assertThat((BigDecimal) row[1]).isEqualByComparingTo("2");
            assertThat((BigDecimal) row[2]).isEqualByComparingTo("-2");
            assertThat(row[5]).isEqualTo("QUARANTINE: Controllati, integri");
            assertThat(row[6]).isEqualTo("mag");
        });
        assertThat(ledger.get(1)).satisfies(row -> {
            assertThat(row[0]).isEqualTo("WRITE_OFF");
            assertThat((BigDecimal) row[1]).isEqualByComparingTo("0");
            assertThat((BigDecimal) row[2]).isEqualByComparingTo("-3");
            assertThat((BigDecimal) row[3]).isEqualByComparingTo("3");
            assertThat((BigDecimal) row[4]).as("3 at 5.00").isEqualByComparingTo("15.00");
            assertThat(row[5]).isEqualTo("QUARANTINE");
        });
        assertThat(company.ctx.integrity().check()).as("counters, ledger and the return still reconcile").isEmpty();
    }

    @Test
    void moreThanIsInQuarantineIsRefusedAndNothingMoves() {
        BigDecimal before = onHand();
        assertThatThrownBy(() -> warehouse.returns().settleQuarantine("P1", "MIL", new BigDecimal("7"),
                QuarantineDecision.RELEASE, null)).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.key()).isEqualTo("stock.quarantine.notEnough");
                    assertThat(e.args()).map(String::valueOf).containsExactly("7", "6");
                });
        assertThatThrownBy(() -> warehouse.returns().settleQuarantine("P1", "MIL", BigDecimal.ZERO,
                QuarantineDecision.SCRAP, null)).hasMessageContaining("quantity.notPositive");
        assertThatThrownBy(() -> warehouse.returns().settleQuarantine("NOPE", "MIL", BigDecimal.ONE,
                QuarantineDecision.SCRAP, null)).hasMessageContaining("NOPE");
        var desk = company.ctx.as(new Session("desk", EnumSet.of(Role.ORDER_DESK), false));
        assertThatThrownBy(() -> desk.returns().settleQuarantine("P1", "MIL", BigDecimal.ONE,
                QuarantineDecision.RELEASE, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(onHand()).isEqualByComparingTo(before);
        assertThat(warehouse.returns().quarantine().getFirst().quantity()).isEqualByComparingTo("6");
    }
}

package it.ordo.application.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.Message;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.order.Priority;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After inspection each returned line goes back to stock, into quarantine (a bucket never sold) or to scrap
 * (written off at cost), each a ledger row that {@code ordo check} ties to the return; and the return is
 * settled as the customer wished: a replacement order placed like any order, or a repair recorded.
 */
class ReturnSettlementTest {

    private TestCompany company;
    private OrderView shipped;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "10");
        OrderView order = company.order("C-A", "R-1", "P1", 10, "P3", 3);
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
        shipped = order; // only its number is used
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private ReturnView open(ReturnWish wish, String qty1, String qty2) {
        return company.ctx.returns().open(new NewReturn(shipped.number(), null, "Arrivati rotti", wish,
                List.of(new NewReturn.LineQty(1, new BigDecimal(qty1)), new NewReturn.LineQty(2, new BigDecimal(qty2)))));
    }

    private BigDecimal stock(String column, String sku) {
        var tx = Internals.transactions(company.ctx);
        return tx.read(() -> (BigDecimal) tx.em().createNativeQuery("SELECT s." + column + " FROM stock s"
                + " JOIN product p ON p.id = s.product_id JOIN warehouse w ON w.id = s.warehouse_id"
                + " WHERE p.sku = ?1 AND w.code = 'MIL'").setParameter(1, sku).getSingleResult());
    }

    private List<Message> check() {
        return company.ctx.integrity().check();
    }

    @Test
    void scrapIsWrittenOffAtCostAndQuarantineIsABucketNeverSold() {
        BigDecimal p1OnHand = stock("on_hand", "P1");
        BigDecimal p3OnHand = stock("on_hand", "P3");
        ReturnView r = open(ReturnWish.REFUND, "4", "2");
        company.ctx.returns().receive(r.rmaNumber(), List.of(new LineOutcome(1, ReturnOutcome.SCRAP),
                new LineOutcome(2, ReturnOutcome.QUARANTINE)));

        assertThat(stock("on_hand", "P1")).as("scrapped goods are no stock").isEqualByComparingTo(p1OnHand);
        assertThat(stock("quarantined", "P1")).isEqualByComparingTo("0");
        assertThat(stock("on_hand", "P3")).as("quarantine is not on hand").isEqualByComparingTo(p3OnHand);
        assertThat(stock("quarantined", "P3")).isEqualByComparingTo("2");
        var tx = Internals.transactions(company.ctx);
        Object[] writeOff = tx.read(() -> (Object[]) tx.em().createNativeQuery("SELECT m.written_off,"
                + " m.written_off_value, m.on_hand_delta FROM stock_movement m WHERE m.kind = 'WRITE_OFF'"
                + " AND m.reference = ?1").setParameter(1, r.rmaNumber()).getSingleResult());
        assertThat((BigDecimal) writeOff[0]).isEqualByComparingTo("4");
        assertThat((BigDecimal) writeOff[1]).as("4 × cost 5.00").isEqualByComparingTo("20.00");
        assertThat((BigDecimal) writeOff[2]).isEqualByComparingTo("0");
        assertThat(company.ctx.returns().show(r.rmaNumber()).lines()).extracting(ReturnView.Line::outcome)
                .containsExactly(ReturnOutcome.SCRAP, ReturnOutcome.QUARANTINE);
        assertThat(check()).as("ordo check is clean").isEmpty();

        // A write-off row gone missing (or one added by hand) is found by the check, naming the return.
        tx.write(() -> tx.em().createNativeQuery("DELETE FROM stock_movement WHERE kind = 'WRITE_OFF'")
                .executeUpdate());
        assertThat(check()).extracting(Message::key).containsExactly("check.return");
        assertThat(check().getFirst().args()).contains(r.rmaNumber(), "P1");
    }

    @Test
    void aReplacementIsAHighPriorityOrderOfTheReturnedLinesPlacedOnce() {
        ReturnView r = open(ReturnWish.REPLACEMENT, "2", "1");
        assertThatThrownBy(() -> company.ctx.returns().close(r.rmaNumber())).isInstanceOf(DomainException.class)
                .hasMessageContaining("return.credit.notReceived");
        company.ctx.returns().receive(r.rmaNumber(), List.of(new LineOutcome(1, ReturnOutcome.RESTOCK),
                new LineOutcome(2, ReturnOutcome.SCRAP)));

        ReturnView closed = company.ctx.returns().close(r.rmaNumber());

        assertThat(closed.status()).isEqualTo(ReturnStatus.REPLACED);
        assertThat(closed.creditNoteNumber()).as("no money back").isNull();
        OrderView replacement = company.ctx.orders().show(closed.replacementOrderNumber());
        assertThat(replacement.customerCode()).isEqualTo("C-A");
        assertThat(replacement.priority()).isEqualTo(Priority.HIGH);
        assertThat(replacement.externalRef()).isEqualTo(r.rmaNumber());
        assertThat(replacement.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(replacement.lines()).extracting(l -> l.sku(), l -> l.quantity().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "2"),
                        org.assertj.core.groups.Tuple.tuple("P3", "1"));
        assertThat(replacement.lines()).allMatch(l -> l.allocated().compareTo(l.quantity()) == 0);
        assertThatThrownBy(() -> company.ctx.returns().close(r.rmaNumber())).isInstanceOf(DomainException.class)
                .hasMessageContaining("return.alreadySettled");
        assertThatThrownBy(() -> company.ctx.returns().credit(r.rmaNumber())).isInstanceOf(DomainException.class)
                .hasMessageContaining("return.alreadySettled");
        assertThat(check()).isEmpty();
    }

    @Test
    void aRepairIsRecordedWithoutMoneyAndARefundCloseCredits() {
        ReturnView repair = open(ReturnWish.REPAIR, "1", "1");
        company.ctx.returns().receive(repair.rmaNumber(), List.of(new LineOutcome(1, ReturnOutcome.QUARANTINE),
                new LineOutcome(2, ReturnOutcome.QUARANTINE)));
        ReturnView repaired = company.ctx.returns().close(repair.rmaNumber());
        assertThat(repaired.status()).isEqualTo(ReturnStatus.REPAIRED);
        assertThat(repaired.creditNoteNumber()).isNull();
        assertThat(repaired.replacementOrderNumber()).isNull();
        assertThat(repaired.closedBy()).isNotBlank();

        ReturnView refund = open(ReturnWish.REFUND, "1", "1");
        company.ctx.returns().receive(refund.rmaNumber(), List.of(new LineOutcome(1, ReturnOutcome.RESTOCK),
                new LineOutcome(2, ReturnOutcome.RESTOCK)));
        ReturnView credited = company.ctx.returns().close(refund.rmaNumber());
        assertThat(credited.status()).isEqualTo(ReturnStatus.CREDITED);
        assertThat(credited.creditNoteNumber()).startsWith("NC-");
        assertThat(check()).isEmpty();
    }
}

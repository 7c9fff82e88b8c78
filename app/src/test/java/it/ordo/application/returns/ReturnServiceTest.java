package it.ordo.application.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.application.order.OrderView;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketView;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer sends part of a shipped order back: never more than was shipped less what came back already,
 * credited at the prices the lines were sold at; goods back to stock are a ledger row, quarantine is no stock,
 * and the stock still reconciles with its ledger.
 */
class ReturnServiceTest {

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
        shipped = company.ctx.orders().show(order.number());
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private static NewReturn.LineQty line(int no, String qty) {
        return new NewReturn.LineQty(no, new BigDecimal(qty));
    }

    private BigDecimal onHand(String sku) {
        return company.ctx.inventory().stock(sku, "MIL", 0, 1).getFirst().onHand();
    }

    @Test
    void theCreditIsTheReturnedShareOfEachLineAtItsSoldPrice() {
        ReturnView r = company.ctx.returns().open(new NewReturn(shipped.number(), null, "Viti difettose",
                ReturnWish.REFUND, List.of(line(1, "3"), line(2, "1"))));

        assertThat(r.rmaNumber()).isEqualTo("RMA-2026-000001");
        assertThat(r.status()).isEqualTo(ReturnStatus.AUTHORISED);
        OrderView.Line p1 = shipped.lines().get(0);
        OrderView.Line p3 = shipped.lines().get(1);
        BigDecimal p1Net = p1.netAmount().multiply(new BigDecimal("3")).divide(p1.quantity(), 2, java.math.RoundingMode.HALF_UP);
        BigDecimal p3Net = p3.netAmount().divide(p3.quantity(), 2, java.math.RoundingMode.HALF_UP);
        assertThat(r.lines().get(0).creditNet()).isEqualByComparingTo(p1Net);
        assertThat(r.lines().get(1).creditNet()).isEqualByComparingTo(p3Net);
        assertThat(r.creditNet()).isEqualByComparingTo(p1Net.add(p3Net));
        assertThat(r.lines().get(0).creditVat()).as("22%").isEqualByComparingTo(
                p1Net.multiply(new BigDecimal("0.22")).setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(r.creditGross()).isEqualByComparingTo(r.creditNet().add(r.creditVat()));
    }

    @Test
    void neverMoreThanShippedLessWhatCameBack() {
        company.ctx.returns().open(new NewReturn(shipped.number(), null, "Primo reso", ReturnWish.REFUND,
                List.of(line(1, "8"))));

        assertThatThrownBy(() -> company.ctx.returns().open(new NewReturn(shipped.number(), null, "Secondo reso",
                ReturnWish.REFUND, List.of(line(1, "3"))))).hasMessageContaining("return.qty.tooMuch")
                .hasMessageContaining("2");
        assertThat(company.ctx.returns().open(new NewReturn(shipped.number(), null, "Secondo reso",
                ReturnWish.REFUND, List.of(line(1, "2")))).rmaNumber()).as("no number lost to the refusal")
                .isEqualTo("RMA-2026-000002");

        OrderView notShipped = company.order("C-A", "R-2", "P1", 1);
        assertThatThrownBy(() -> company.ctx.returns().open(new NewReturn(notShipped.number(), null, "x",
                ReturnWish.REFUND, List.of(line(1, "1"))))).hasMessageContaining("return.order.notShipped");
        assertThatThrownBy(() -> company.ctx.returns().open(new NewReturn(shipped.number(), null, " ",
                ReturnWish.REFUND, List.of(line(2, "1"))))).hasMessageContaining("return.reason.missing");
    }

    @Test
    void receivedGoodsGoBackToStockOrQuarantineOnce() {
        ReturnView r = company.ctx.returns().open(new NewReturn(shipped.number(), null, "Imballo rotto",
                ReturnWish.REPLACEMENT, List.of(line(1, "4"), line(2, "2"))));
        BigDecimal p1Before = onHand("P1");
        BigDecimal p3Before = onHand("P3");

        ReturnView received = company.ctx.returns().receive(r.rmaNumber(), List.of(
                new LineOutcome(1, ReturnOutcome.RESTOCK), new LineOutcome(2, ReturnOutcome.QUARANTINE)));

        assertThat(received.status()).isEqualTo(ReturnStatus.INSPECTED);
        assertThat(onHand("P1")).isEqualByComparingTo(p1Before.add(new BigDecimal("4")));
        assertThat(onHand("P3")).as("quarantine is no stock").isEqualByComparingTo(p3Before);
        assertThat(company.ctx.integrity().check()).as("stock reconciles with the ledger").isEmpty();
        assertThatThrownBy(() -> company.ctx.returns().receive(r.rmaNumber(), List.of(
                new LineOutcome(1, ReturnOutcome.RESTOCK), new LineOutcome(2, ReturnOutcome.RESTOCK))))
                .hasMessageContaining("return.alreadyReceived");
        assertThat(onHand("P1")).isEqualByComparingTo(p1Before.add(new BigDecimal("4")));
    }

    @Test
    void aReturnFromATicketIsTiedToIt() {
        TicketView t = company.ctx.tickets().open(new NewTicket("C-A", TicketCategory.DAMAGED_GOODS,
                TicketPriority.HIGH, "Manuali rovinati", null, List.of(), List.of()));
        ReturnView r = company.ctx.returns().open(new NewReturn(shipped.number(), t.number(), "Manuali rovinati",
                ReturnWish.REPLACEMENT, List.of(line(2, "1"))));

        assertThat(r.ticketNumber()).isEqualTo(t.number());
        TicketView after = company.ctx.tickets().show(t.number());
        assertThat(after.links()).extracting(TicketView.Link::orderNumber).containsExactly(shipped.number());
        assertThat(after.entries().getLast().body()).contains(r.rmaNumber());
        assertThat(company.ctx.returns().list("C-A", 0, 10)).extracting(ReturnView::rmaNumber)
                .containsExactly(r.rmaNumber());
    }

    @Test
    void aRequestHoldsItsQuantityUntilRefusedAndTheCustomerIsToldWhy() {
        ReturnView asked = company.ctx.returns().request(new NewReturn(shipped.number(), null, "Non servono",
                ReturnWish.REFUND, List.of(line(1, "10"))));
        assertThat(asked.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(company.ctx.mail().outbox(null, 0, 50)).as("nothing to tell before a decision")
                .noneMatch(m -> m.kind() == it.ordo.domain.notification.MailKind.RETURN_AUTHORISED
                        || m.kind() == it.ordo.domain.notification.MailKind.RETURN_REFUSED);
        assertThatThrownBy(() -> company.ctx.returns().request(new NewReturn(shipped.number(), null, "Ancora",
                ReturnWish.REFUND, List.of(line(1, "1"))))).as("all ten are asked for already")
                .hasMessageContaining("return.qty.tooMuch");

        ReturnView refused = company.ctx.returns().refuse(asked.rmaNumber(), "Fuori garanzia");
        assertThat(refused.status()).isEqualTo(ReturnStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("Fuori garanzia");
        assertThat(company.ctx.mail().outbox(null, 0, 50)).filteredOn(m ->
                        m.kind() == it.ordo.domain.notification.MailKind.RETURN_REFUSED)
                .singleElement().satisfies(m -> assertThat(m.subject()).contains(asked.rmaNumber()));
        assertThatThrownBy(() -> company.ctx.returns().authorise(asked.rmaNumber()))
                .hasMessageContaining("return.notRequested");

        // Refused goods never came back: they may be asked for again, and the number series has no hole.
        ReturnView again = company.ctx.returns().open(new NewReturn(shipped.number(), null, "Difettose",
                ReturnWish.REFUND, List.of(line(1, "10"))));
        assertThat(again.status()).isEqualTo(ReturnStatus.AUTHORISED);
        assertThat(again.rmaNumber()).isEqualTo("RMA-2026-000002");
    }

    @Test
    void aParcelReceivedIsInspectedLaterLineByLineAndTheLedgerFollowsEachLine() {
        ReturnView r = company.ctx.returns().open(new NewReturn(shipped.number(), null, "Da verificare",
                ReturnWish.REFUND, List.of(line(1, "4"), line(2, "2"))));
        BigDecimal p1Before = onHand("P1");

        ReturnView received = company.ctx.returns().receive(r.rmaNumber(), List.of());
        assertThat(received.status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(onHand("P1")).as("nothing in stock before inspection").isEqualByComparingTo(p1Before);
        assertThatThrownBy(() -> company.ctx.returns().receive(r.rmaNumber(), List.of()))
                .hasMessageContaining("return.alreadyReceived");

        ReturnView half = company.ctx.returns().inspect(r.rmaNumber(), List.of(new LineOutcome(1, ReturnOutcome.RESTOCK)));
        assertThat(half.status()).isEqualTo(ReturnStatus.RECEIVED);
        assertThat(onHand("P1")).isEqualByComparingTo(p1Before.add(new BigDecimal("4")));
        assertThat(company.ctx.integrity().check()).as("a line inspected matches its ledger row").isEmpty();
        assertThatThrownBy(() -> company.ctx.returns().credit(r.rmaNumber()))
                .hasMessageContaining("return.credit.notReceived");

        ReturnView done = company.ctx.returns().inspect(r.rmaNumber(), List.of(new LineOutcome(2, ReturnOutcome.SCRAP)));
        assertThat(done.status()).isEqualTo(ReturnStatus.INSPECTED);
        assertThat(done.inspectedAt()).isNotNull();
        assertThat(company.ctx.integrity().check()).isEmpty();
        assertThat(company.ctx.returns().credit(r.rmaNumber()).status()).isEqualTo(ReturnStatus.CREDITED);
    }
}

package it.ordo.domain.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.domain.Address;
import it.ordo.domain.DomainException;
import it.ordo.domain.Persisted;
import it.ordo.domain.order.Channel;
import it.ordo.domain.order.OrderLine;
import it.ordo.domain.order.Priority;
import it.ordo.domain.order.SalesOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A return's states, without a database: what may follow what, and what each step refuses. */
class CustomerReturnTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private CustomerReturn ret;

    @BeforeEach
    void twoLines() {
        SalesOrder order = new SalesOrder(Channel.PHONE, "REF-1", 7L, "Rossi Srl",
                new Address("Via Roma 1", "20121", "Milano", "MI", "IT"), 1L, Priority.NORMAL,
                LocalDate.parse("2026-12-04"), null, "30 days", "anna", NOW);
        OrderLine first = Persisted.withId(order.addLine(100L, new BigDecimal("10"), new BigDecimal("5.00"),
                BigDecimal.ZERO, new BigDecimal("22"), null), 11);
        OrderLine second = Persisted.withId(order.addLine(200L, new BigDecimal("2"), new BigDecimal("30.00"),
                BigDecimal.ZERO, new BigDecimal("22"), null), 12);
        ret = new CustomerReturn(1L, "ORD-2026-000001", 7L, null, "Imballo rotto", ReturnWish.REFUND, "anna", NOW);
        ret.add(first, new BigDecimal("4"), new BigDecimal("10"));
        ret.add(second, new BigDecimal("1"), new BigDecimal("2"));
        ret.assignNumber("RMA-2026-000001");
    }

    @Test
    void aReturnIsRequestedFirstAndNothingHappensToItUntilAuthorised() {
        assertThat(ret.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(ret.authorisedAt()).isNull();
        assertThatThrownBy(() -> ret.receive("marco", NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("return.notAuthorised");
        assertThatThrownBy(ret::requireCreditable).hasMessageContaining("return.credit.notReceived");

        ret.authorise("anna", NOW.plusSeconds(60));
        assertThat(ret.status()).isEqualTo(ReturnStatus.AUTHORISED);
        assertThat(ret.authorisedBy()).isEqualTo("anna");
        assertThatThrownBy(() -> ret.authorise("anna", NOW)).hasMessageContaining("return.notRequested");
        assertThatThrownBy(() -> ret.refuse("troppo tardi", "anna", NOW)).hasMessageContaining("return.notRequested");
    }

    @Test
    void aRefusalNeedsAReasonAndClosesTheReturn() {
        assertThatThrownBy(() -> ret.refuse("  ", "anna", NOW)).hasMessageContaining("return.refusal.reasonMissing");
        assertThat(ret.status()).isEqualTo(ReturnStatus.REQUESTED);

        ret.refuse(" Merce su misura ", "anna", NOW);
        assertThat(ret.status()).isEqualTo(ReturnStatus.REFUSED);
        assertThat(ret.status().closed()).isTrue();
        assertThat(ret.refusalReason()).isEqualTo("Merce su misura");
        assertThatThrownBy(() -> ret.authorise("anna", NOW)).hasMessageContaining("return.notRequested");
        assertThatThrownBy(() -> ret.receive("marco", NOW)).hasMessageContaining("return.notAuthorised");
        assertThatThrownBy(ret::requireSettleable).hasMessageContaining("return.alreadySettled");
    }

    @Test
    void aReceivedReturnIsInspectedLineByLineEachOnceAndOnlyThenSettled() {
        ret.authorise("anna", NOW);
        assertThatThrownBy(() -> ret.inspect(Map.of(1, ReturnOutcome.RESTOCK), "marco", NOW))
                .hasMessageContaining("return.notReceived");
        ret.receive("marco", NOW);
        assertThatThrownBy(() -> ret.receive("luca", NOW)).hasMessageContaining("return.alreadyReceived");

        assertThat(ret.inspect(Map.of(2, ReturnOutcome.QUARANTINE), "marco", NOW))
                .extracting(ReturnLine::lineNo).containsExactly(2);
        assertThat(ret.status()).as("line 1 still to inspect").isEqualTo(ReturnStatus.RECEIVED);
        assertThatThrownBy(ret::requireSettleable).hasMessageContaining("return.credit.notReceived");
        assertThatThrownBy(() -> ret.inspect(Map.of(2, ReturnOutcome.RESTOCK), "marco", NOW))
                .hasMessageContaining("return.line.inspected");
        assertThatThrownBy(() -> ret.inspect(Map.of(3, ReturnOutcome.RESTOCK), "marco", NOW))
                .hasMessageContaining("return.line.notInReturn");
        assertThatThrownBy(() -> ret.inspect(Map.of(), "marco", NOW)).hasMessageContaining("return.outcome.none");

        assertThat(ret.inspect(Map.of(1, ReturnOutcome.RESTOCK), "paola", NOW.plusSeconds(3600)))
                .extracting(ReturnLine::lineNo).containsExactly(1);
        assertThat(ret.status()).isEqualTo(ReturnStatus.INSPECTED);
        assertThat(ret.inspectedBy()).isEqualTo("paola");
        assertThat(ret.lines()).extracting(ReturnLine::outcome)
                .containsExactly(ReturnOutcome.RESTOCK, ReturnOutcome.QUARANTINE);
        ret.requireCreditable();
        assertThatThrownBy(() -> ret.inspect(Map.of(1, ReturnOutcome.SCRAP), "marco", NOW))
                .hasMessageContaining("return.alreadyInspected");
    }
}

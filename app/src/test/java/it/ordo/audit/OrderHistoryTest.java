package it.ordo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.OrdoContext;
import it.ordo.application.audit.OrderHistory;
import it.ordo.application.security.AccessDeniedException;
import it.ordo.domain.Message;
import it.ordo.domain.order.Channel;
import it.ordo.testing.TestCompany;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code AuditService.orderHistory}: status steps and recorded changes, merged in the order they happened. */
@Tag("db")
class OrderHistoryTest {

    private TestCompany company;

    @BeforeEach
    void company() {
        company = TestCompany.standard();
    }

    @AfterEach
    void close() {
        company.close();
    }

    @Test
    void eachStepComesWithItsWorkstationAndTheChangesItMade() {
        OrdoContext anna = company.ctx.as(AuditRows.operator("anna", "PC-ANNA"));
        OrdoContext luca = company.ctx.as(AuditRows.operator("luca", "MAGAZZINO-2"));
        String number = anna.orders().place(new it.ordo.application.order.OrderRequest("OH-1", Channel.PHONE, "C-B", null,
                null, null, null, List.of(new it.ordo.application.order.OrderRequest.LineRequest("P2", null,
                new java.math.BigDecimal("7"))))).number();
        company.clock.advance(Duration.ofMinutes(30));
        luca.inventory().receive("P2", "MIL", new java.math.BigDecimal("10"), null);
        company.clock.advance(Duration.ofMinutes(30));
        anna.orders().hold(number, "verificare indirizzo");

        OrderHistory history = company.ctx.audit().orderHistory(number.toLowerCase());

        assertThat(history.entries()).extracting(e -> e.user() + " " + e.workstation() + " " + what(e)).containsExactly(
                "anna PC-ANNA ORDER CREATED",
                "anna PC-ANNA ORDER STATUS -> DRAFT",
                "anna PC-ANNA ORDER STATUS DRAFT -> CONFIRMED",
                "anna PC-ANNA LINE 1 CREATED",
                "luca MAGAZZINO-2 ORDER CHANGED",
                "luca MAGAZZINO-2 LINE 1 CHANGED",
                "anna PC-ANNA ORDER STATUS CONFIRMED -> ON_HOLD");
        OrderHistory.Entry created = history.entries().getFirst();
        assertThat(created.changes()).extracting(OrderHistory.Change::field)
                .contains("customer", "warehouse", "grossTotal").doesNotContain("status", "customerId", "orderNumber");
        assertThat(created.changes()).filteredOn(c -> c.field().equals("customer"))
                .singleElement().satisfies(c -> assertThat(c.to()).isEqualTo(Message.of("text", "C-B")));
        assertThat(history.entries().get(4).changes()).extracting(OrderHistory.Change::field)
                .containsExactly("promisedDate");
        OrderHistory.Entry filled = history.entries().get(5);
        assertThat(filled.lineNo()).isEqualTo(1);
        assertThat(filled.changes()).extracting(c -> c.field() + " " + shown(c.from()) + " -> " + shown(c.to()))
                .containsExactlyInAnyOrder("allocatedQty 0 -> 7", "backorderedQty 7 -> 0",
                        "promisedDate - -> " + TestCompany.TODAY);
        OrderHistory.Entry held = history.entries().getLast();
        assertThat(held.reason()).isEqualTo(Message.of("text", "verificare indirizzo"));
        assertThat(held.at()).isEqualTo(company.now());
    }

    @Test
    void aUserWhoMayNotSeeOrdersMayNotSeeTheirHistory() {
        String number = company.order("C-A", "OH-2", "P3", 1).number();
        OrdoContext nobody = company.ctx.as(new it.ordo.application.CurrentUser() {
            @Override
            public String username() {
                return "nobody";
            }

            @Override
            public Set<it.ordo.domain.security.Role> roles() {
                return EnumSet.noneOf(it.ordo.domain.security.Role.class);
            }
        });

        assertThatThrownBy(() -> nobody.audit().orderHistory(number)).isInstanceOf(AccessDeniedException.class);
    }

    private static String shown(Message m) {
        return m == null ? "-" : String.valueOf(m.args().getFirst());
    }

    private static String what(OrderHistory.Entry e) {
        String subject = e.subject() + (e.lineNo() == null ? "" : " " + e.lineNo());
        if (!e.action().equals("STATUS")) {
            return subject + " " + e.action();
        }
        OrderHistory.Change c = e.changes().getFirst();
        return subject + " STATUS " + (c.from() == null ? "" : c.from().args().getFirst() + " ") + "-> "
                + c.to().args().getFirst();
    }
}

package it.ordo.application.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.application.NotFoundException;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.security.Role;
import it.ordo.domain.support.EntryKind;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.domain.support.TicketStatus;
import it.ordo.testing.TestCompany;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer calls: the desk opens a ticket on the order line concerned, writes to the thread, moves it through
 * its workflow and finds it again by any of the numbers the customer knows; each change is in the audit trail.
 */
class TicketServiceTest {

    private TestCompany company;
    private TicketService tickets;
    private OrderView order;

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
        tickets = company.ctx.tickets();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "10");
        order = company.order("C-A", "REF-1", "P1", 10, "P3", 2);
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    private TicketView damaged() {
        return tickets.open(new NewTicket("C-A", TicketCategory.DAMAGED_GOODS, TicketPriority.NORMAL,
                "Manuale arrivato strappato", "Il cliente dice che la copertina del manuale è strappata.",
                List.of(), List.of(new NewTicket.LineRef(order.number(), 2))));
    }

    @Test
    void aTicketOnAnOrderLineKnowsCustomerOrderAndProductAndIsDueByTheTierServiceLevel() {
        TicketView t = damaged();

        assertThat(t.number()).isEqualTo("TCK-2026-000001");
        assertThat(t.status()).isEqualTo(TicketStatus.NEW);
        assertThat(t.customerCode()).isEqualTo("C-A");
        assertThat(t.links()).singleElement().satisfies(l -> {
            assertThat(l.orderNumber()).isEqualTo(order.number());
            assertThat(l.lineNo()).isEqualTo(2);
            assertThat(l.sku()).isEqualTo("P3");
        });
        assertThat(t.dueAt()).as("tier A: eight hours").isEqualTo(company.now().plus(Duration.ofHours(8)));
        assertThat(t.entries()).singleElement().extracting(TicketView.Entry::kind).isEqualTo(EntryKind.NOTE);
        assertThat(t.overdue()).isFalse();

        company.clock.advance(Duration.ofHours(9));
        assertThat(tickets.show(t.number()).overdue()).isTrue();
        assertThat(tickets.search(TicketQuery.all(10)).rows()).singleElement().extracting(TicketRow::overdue)
                .isEqualTo(true);
    }

    @Test
    void foundByNumberCustomerOrderProductTextAndStatus() {
        TicketView t = damaged();
        TicketView other = tickets.open(new NewTicket("C-B", TicketCategory.PRODUCT_INFORMATION, TicketPriority.LOW,
                "Scheda tecnica concime", null, List.of(), List.of()));

        assertThat(numbers(new TicketQuery(null, "000001", null, null, null, null, null, 0, 10))).containsExactly(t.number());
        assertThat(numbers(new TicketQuery(null, null, "C-B", null, null, null, null, 0, 10))).containsExactly(other.number());
        assertThat(numbers(new TicketQuery(null, null, null, order.number(), null, null, null, 0, 10))).containsExactly(t.number());
        assertThat(numbers(new TicketQuery(null, null, null, null, "P3", null, null, 0, 10))).containsExactly(t.number());
        assertThat(numbers(new TicketQuery(null, null, null, null, "P1", null, null, 0, 10))).isEmpty();
        assertThat(numbers(new TicketQuery("copertina", null, null, null, null, null, null, 0, 10)))
                .as("text of the thread").containsExactly(t.number());
        assertThat(numbers(new TicketQuery("SCHEDA", null, null, null, null, null, null, 0, 10)))
                .as("subject, any case").containsExactly(other.number());
        assertThat(numbers(new TicketQuery("100%", null, null, null, null, null, null, 0, 10))).isEmpty();

        tickets.changeStatus(other.number(), TicketStatus.RESOLVED);
        assertThat(numbers(new TicketQuery(null, null, null, null, null, TicketStatus.NEW, null, 0, 10)))
                .containsExactly(t.number());
        assertThat(tickets.search(TicketQuery.all(10)).total()).isEqualTo(2);
    }

    private List<String> numbers(TicketQuery q) {
        return tickets.search(q).rows().stream().map(TicketRow::number).toList();
    }

    @Test
    void theWorkflowAllowsOnlyItsStepsAndReopeningStartsTheServiceLevelAgain() {
        TicketView t = damaged();
        TicketView noted = tickets.note(t.number(), "Chiesto al magazzino una foto dell'imballo.");
        assertThat(noted.status()).as("work started").isEqualTo(TicketStatus.OPEN);

        assertThat(tickets.changeStatus(t.number(), TicketStatus.WAITING).status()).isEqualTo(TicketStatus.WAITING);
        assertThat(tickets.customerSaid(t.number(), "Ecco la foto").status()).isEqualTo(TicketStatus.OPEN);
        TicketView resolved = tickets.changeStatus(t.number(), TicketStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(company.now());
        assertThatThrownBy(() -> tickets.changeStatus(t.number(), TicketStatus.WAITING))
                .isInstanceOf(DomainException.class).hasMessageContaining("ticket.transition.illegal");

        company.clock.advance(Duration.ofDays(3));
        TicketView reopened = tickets.changeStatus(t.number(), TicketStatus.REOPENED);
        assertThat(reopened.dueAt()).isEqualTo(company.now().plus(Duration.ofHours(8)));
        assertThat(reopened.resolvedAt()).isNull();
        assertThat(reopened.entries()).extracting(TicketView.Entry::kind)
                .containsExactly(EntryKind.NOTE, EntryKind.NOTE, EntryKind.FROM_CUSTOMER);
    }

    @Test
    void onlyCustomerServiceUsersAreAssigned() {
        company.ctx.users().add("giulia", Set.of(Role.CUSTOMER_SERVICE), "Iniziale-Giulia-1");
        company.ctx.users().add("marco", Set.of(Role.WAREHOUSE), "Iniziale-Marco-1");
        TicketView t = damaged();

        assertThat(tickets.assignees()).containsExactly("giulia");
        assertThat(tickets.assign(t.number(), "Giulia").assignee()).isEqualTo("giulia");
        assertThatThrownBy(() -> tickets.assign(t.number(), "marco")).hasMessageContaining("ticket.assignee.notService");
        assertThatThrownBy(() -> tickets.assign(t.number(), "nobody")).isInstanceOf(NotFoundException.class);
        assertThat(tickets.show(t.number()).assignee()).isEqualTo("giulia");
        assertThat(numbers(new TicketQuery(null, null, null, null, null, null, "giulia", 0, 10))).containsExactly(t.number());
    }

    @Test
    void badInputIsRefusedAndGivesNoNumberAway() {
        assertThatThrownBy(() -> tickets.open(new NewTicket("C-NONE", TicketCategory.OTHER, null, "x", null,
                List.of(), List.of()))).isInstanceOf(NotFoundException.class).hasMessageContaining("C-NONE");
        assertThatThrownBy(() -> tickets.open(new NewTicket("C-B", TicketCategory.WRONG_ITEM, null, "Articolo errato",
                null, List.of(order.number()), List.of()))).hasMessageContaining("ticket.order.otherCustomer");
        assertThatThrownBy(() -> tickets.open(new NewTicket("C-A", TicketCategory.WRONG_ITEM, null, "Articolo errato",
                null, List.of(), List.of(new NewTicket.LineRef(order.number(), 9))))).hasMessageContaining("ticket.line.unknown");
        assertThatThrownBy(() -> tickets.open(new NewTicket("C-A", TicketCategory.WRONG_ITEM, null, "  ", null,
                List.of(), List.of()))).hasMessageContaining("ticket.subject.missing");

        assertThat(tickets.search(TicketQuery.all(10)).total()).isZero();
        assertThat(damaged().number()).isEqualTo("TCK-2026-000001");
    }

    @Test
    void everyChangeIsInTheAuditTrail() {
        TicketView t = damaged();
        tickets.changeStatus(t.number(), TicketStatus.OPEN);
        tickets.changePriority(t.number(), TicketPriority.URGENT);

        List<String> rows = Internals.transactions(company.ctx).read(() -> Internals.transactions(company.ctx).em()
                .createNativeQuery("SELECT entity || ':' || action || ':' || entity_key || ':' || changes FROM audit_log"
                        + " WHERE entity IN ('Ticket', 'TicketLink') ORDER BY id").getResultList()
                .stream().map(Object::toString).toList());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).startsWith("Ticket:INSERT:" + t.number());
        assertThat(rows.get(1)).startsWith("TicketLink:INSERT:" + t.number());
        assertThat(rows.get(2)).startsWith("Ticket:UPDATE:" + t.number()).contains("\"status\":[\"NEW\",\"OPEN\"]");
        assertThat(rows.get(3)).contains("\"priority\":[\"NORMAL\",\"URGENT\"]");
    }
}

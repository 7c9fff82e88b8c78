package it.ordo.application.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.ordo.Internals;
import it.ordo.OrdoContext;
import it.ordo.application.NotFoundException;
import it.ordo.application.customer.CustomerView;
import it.ordo.domain.order.OrderListing;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderRequest;
import it.ordo.application.order.OrderView;
import it.ordo.domain.DomainException;
import it.ordo.domain.order.Channel;
import it.ordo.domain.security.Role;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A sales agent signed in on the desktop or the command line: the same
 * services as every desk, limited by the application layer to the customers
 * the administrator linked to the agent. Customers, orders, prices and
 * quotes of other customers are not there for the agent; orders the agent
 * places carry the agent.
 */
class SalesAgentTest {

    private static TestCompany company;
    private static OrdoContext rossi;
    private static String bianchisOrder;

    @BeforeAll
    static void open() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.ctx.users().add("rossi", Set.of(Role.SALES_AGENT), "Password-123");
        company.ctx.users().add("bianchi", Set.of(Role.SALES_AGENT), "Password-123");
        company.ctx.agents().link("rossi", "C-A");
        company.ctx.agents().link("rossi", "c-c");
        company.ctx.agents().link("bianchi", "C-B");
        company.order("C-A", "DESK-A", "P1", "1");
        bianchisOrder = agent("bianchi").orders().place(order("BI-1", "C-B")).number();
        rossi = agent("rossi");
    }

    @AfterAll
    static void close() {
        company.close();
    }

    private static OrdoContext agent(String name) {
        return company.ctx.as(new Session(name, EnumSet.of(Role.SALES_AGENT), false));
    }

    private static OrderRequest order(String ref, String customer) {
        return new OrderRequest(ref, Channel.AGENT, customer, null, null, null, null,
                List.of(new OrderRequest.LineRequest("P1", null, BigDecimal.ONE)));
    }

    @Test
    void theAgentSeesOnlyTheirCustomers() {
        assertThat(rossi.customers().list(null, 0, 50)).extracting(CustomerView::code).containsExactly("C-A", "C-C");
        assertThat(rossi.customers().list("gamma", 0, 50)).extracting(CustomerView::code).containsExactly("C-C");
        assertThat(rossi.customers().count()).isEqualTo(2);
        assertThat(rossi.customers().show("C-A").name()).isEqualTo("Alfa S.r.l.");
        assertThatThrownBy(() -> rossi.customers().show("C-B")).isInstanceOf(NotFoundException.class);
        assertThat(company.ctx.agents().customers("rossi")).extracting(AgentCustomer::code).containsExactly("C-A", "C-C");
    }

    @Test
    void theAgentSeesOnlyTheOrdersOfTheirCustomers() {
        List<OrderListing> rows = rossi.orders().search(OrderQuery.latest(null, null, 100)).rows();

        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.customerCode()).isIn("C-A", "C-C"));
        assertThat(rossi.orders().search(OrderQuery.latest(null, "C-B", 100)).rows()).isEmpty();
        assertThatThrownBy(() -> rossi.orders().show(bianchisOrder)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rossi.orders().cancel(bianchisOrder, null)).isInstanceOf(NotFoundException.class);
        assertThat(company.ctx.orders().show(bianchisOrder).status().name()).isEqualTo("CONFIRMED");
    }

    @Test
    void theAgentOrdersAndQuotesOnlyForTheirCustomersAndTheOrderCarriesTheAgent() {
        OrderView placed = rossi.orders().place(order("RO-1", "C-A"));

        assertThat(agentOf(placed.number())).isEqualTo("rossi");
        assertThat(agentOf(company.order("C-A", "DESK-A2", "P1", "1").number())).isNull();
        assertThatThrownBy(() -> rossi.orders().place(order("RO-2", "C-B")))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.key()).isEqualTo("security.notYourCustomer");
                    assertThat(new it.ordo.i18n.Texts(java.util.Locale.ENGLISH).describe(e))
                            .isEqualTo("Customer C-B is not one of the customers of sales agent \"rossi\".");
                });
        assertThat(company.ctx.orders().search(new OrderQuery(null, null, null, null, null, null, "RO-2", null, false,
                0, 10, null)).total()).isZero();
        assertThat(rossi.orderEntry().quote("C-A", "P1", BigDecimal.TEN, null, null).unitPrice()).isNotNull();
        assertThatThrownBy(() -> rossi.orderEntry().quote("C-B", "P1", BigDecimal.TEN, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rossi.pricing().price("C-B", "P1", BigDecimal.ONE, company.now().atZone(
                TestCompany.ROME).toLocalDate())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUseCaseThatDoesNotApplyTheAgentsCustomersRefusesAgents() {
        assertThatThrownBy(() -> rossi.fulfilment().toPick("MIL")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rossi.vat().treatment("C-A")).isInstanceOf(AccessDeniedException.class);
        // An agent who is also on the order desk sees every customer.
        OrdoContext both = company.ctx.as(new Session("rossi", EnumSet.of(Role.SALES_AGENT, Role.ORDER_DESK), false));
        assertThat(both.customers().count()).isEqualTo(company.ctx.customers().count());
    }

    @Test
    void onlyAgentsAreLinkedAndOnlyByTheAdministrator() {
        assertThatThrownBy(() -> company.ctx.agents().link("nobody", "C-A")).isInstanceOf(NotFoundException.class);
        company.ctx.users().add("clerk", Set.of(Role.ORDER_DESK), "Password-123");
        assertThatThrownBy(() -> company.ctx.agents().link("clerk", "C-A")).isInstanceOf(DomainException.class)
                .hasMessageContaining("agent.notAgent");
        assertThatThrownBy(() -> rossi.agents().link("rossi", "C-B")).isInstanceOf(AccessDeniedException.class);
        assertThat(company.ctx.agents().unlink("bianchi", "C-B")).isEmpty();
        assertThat(company.ctx.agents().link("bianchi", "C-B")).extracting(AgentCustomer::code).containsExactly("C-B");
    }

    private static String agentOf(String number) {
        return Internals.transactions(company.ctx).read(() -> (String) Internals.transactions(company.ctx).em()
                .unwrap(org.hibernate.Session.class).createNativeQuery("select agent_username from sales_order where order_number = :n")
                .setParameter("n", number).getSingleResultOrNull());
    }
}

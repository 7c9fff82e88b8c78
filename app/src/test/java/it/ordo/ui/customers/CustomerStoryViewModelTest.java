package it.ordo.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.security.Permission;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.StoryEvent;
import it.ordo.application.support.TicketView;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The customer's detail tells the customer's story: orders, tickets, returns and e-mails, newest first. */
class CustomerStoryViewModelTest {

    @Test
    void ordersTicketsReturnsAndEmailsInTimeOrder() {
        try (TestCompany company = TestCompany.standard()) {
            company.receive("P1", "MIL", "50");
            OrderView order = company.order("C-A", "STORY-1", "P1", 5);
            company.ctx.orders().startPicking(order.number());
            company.ctx.orders().pack(order.number());
            company.ctx.fulfilment().shipAllocated(order.number());
            company.clock.advance(Duration.ofDays(2));
            TicketView ticket = company.ctx.tickets().open(new NewTicket("C-A", TicketCategory.DAMAGED_GOODS,
                    TicketPriority.HIGH, "Viti piegate", null, List.of(),
                    List.of(new NewTicket.LineRef(order.number(), 1))));
            company.clock.advance(Duration.ofHours(1));
            company.ctx.tickets().reply(ticket.number(), "Le mandiamo un reso.");
            company.clock.advance(Duration.ofHours(1));
            String rma = company.ctx.returns().open(new NewReturn(order.number(), ticket.number(), "Viti piegate",
                    ReturnWish.REPLACEMENT, List.of(new NewReturn.LineQty(1, BigDecimal.ONE)))).rmaNumber();
            company.order("C-B", "OTHER", "P1", 1);

            CustomerDetailViewModel model = new CustomerDetailViewModel(company.ctx.customers(), company.ctx.orders(),
                    company.ctx.stories(), new Texts(Locale.ITALIAN), new SameThreadExecutor(), "C-A",
                    company.ctx.access().allows(Permission.PLACE_ORDER));
            model.load();

            assertThat(model.storyShown()).isTrue();
            assertThat(model.story()).extracting(StoryEvent::kind, StoryEvent::reference).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(StoryEvent.Kind.RETURN, rma),
                    // Authorising the return writes the customer its label.
                    org.assertj.core.groups.Tuple.tuple(StoryEvent.Kind.EMAIL, "RETURN_AUTHORISED"),
                    org.assertj.core.groups.Tuple.tuple(StoryEvent.Kind.EMAIL, "TICKET_REPLY"),
                    org.assertj.core.groups.Tuple.tuple(StoryEvent.Kind.TICKET, ticket.number()),
                    org.assertj.core.groups.Tuple.tuple(StoryEvent.Kind.ORDER, order.number()),
                    org.assertj.core.groups.Tuple.tuple(StoryEvent.Kind.EMAIL, "ORDER_SHIPPED"),
                    org.assertj.core.groups.Tuple.tuple(StoryEvent.Kind.EMAIL, "ORDER_CONFIRMED"));
        }
    }
}

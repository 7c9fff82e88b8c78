package it.ordo.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.application.returns.ReturnView;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketRow;
import it.ordo.domain.notification.MailKind;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.support.EntryKind;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import it.ordo.ui.TypingPause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer-care screens' view models without a window: the ticket queue
 * filtered to overdue tickets and mine, a reply that lands in the outbox; a
 * new return refused with the line named for a quantity that is not one,
 * then authorised, received and credited.
 */
class CareViewModelsTest {

    private static final TypingPause NOW = new TypingPause() {
        @Override
        public void restart(Runnable then) {
            then.run();
        }

        @Override
        public void stop() {
        }
    };

    private TestCompany company;
    private final Texts texts = new Texts(Locale.ENGLISH);

    @BeforeEach
    void setUp() {
        company = TestCompany.standard();
    }

    @AfterEach
    void tearDown() {
        company.close();
    }

    @Test
    void theQueueShowsOverdueTicketsAndAReplyGoesToTheOutbox() {
        String old = company.ctx.tickets().open(new NewTicket("C-A", TicketCategory.DAMAGED_GOODS,
                TicketPriority.HIGH, "Vecchio", null, List.of(), List.of())).number();
        company.clock.advance(Duration.ofDays(3));
        String fresh = company.ctx.tickets().open(new NewTicket("C-B", TicketCategory.OTHER, TicketPriority.LOW,
                "Nuovo", null, List.of(), List.of())).number();
        TicketsViewModel model = new TicketsViewModel(company.ctx.tickets(), texts, new SameThreadExecutor(),
                "tester", NOW);

        model.search().search();
        assertThat(model.search().rows()).extracting(TicketRow::number).containsExactly(fresh, old);
        model.overdueProperty().set(true);
        assertThat(model.search().rows()).extracting(TicketRow::number).containsExactly(old);
        model.overdueProperty().set(false);
        model.mineProperty().set(true);
        assertThat(model.search().rows()).as("nobody took them yet").isEmpty();

        model.mineProperty().set(false);

        model.open(old);
        assertThat(model.ticketProperty().get().overdue()).isTrue();
        model.reply();
        assertThat(model.messageProperty().get()).isEqualTo(texts.get("care.tickets.writeFirst"));
        model.draftProperty().set("Ritiriamo la merce domani.");
        model.reply();
        assertThat(model.draftProperty().get()).as("cleared once sent").isEmpty();
        assertThat(model.ticketProperty().get().entries()).extracting(e -> e.kind())
                .contains(EntryKind.TO_CUSTOMER);
        assertThat(company.ctx.mail().ofCustomer("C-A")).extracting(r -> r.kind()).contains(MailKind.TICKET_REPLY);
    }

    @Test
    void aReturnIsAuthorisedFromTheOrderLinesReceivedAndCredited() {
        company.receive("P1", "MIL", "20");
        OrderView order = company.order("C-A", "VM-1", "P1", 6);
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
        ReturnsViewModel model = new ReturnsViewModel(company.ctx.returns(), company.ctx.orders(), texts,
                new SameThreadExecutor(), TestCompany.TODAY);
        List<ReturnsViewModel.DraftLine> lines = new ArrayList<>();
        model.loadOrder(order.number(), lines::addAll);
        assertThat(lines).hasSize(1);

        List<ReturnView> created = new ArrayList<>();
        lines.getFirst().quantityProperty().set("due");
        model.create(order.number(), null, "Rotte", ReturnWish.REFUND, lines, null, true, created::add);
        assertThat(model.messageProperty().get()).contains("Line 1").contains("due");
        assertThat(created).isEmpty();
        lines.getFirst().quantityProperty().set("2");
        // Recorded as a request first: customer service authorises it once checked.
        model.create(order.number(), null, "Rotte", ReturnWish.REFUND, lines, null, false, created::add);
        assertThat(created).hasSize(1);
        ReturnView r = created.getFirst();
        assertThat(r.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(model.messageProperty().get()).contains(r.rmaNumber()).contains("requested");
        assertThat(model.rows()).extracting(ReturnView::rmaNumber).containsExactly(r.rmaNumber());
        model.authorise(model.rows().getFirst());
        assertThat(model.rows().getFirst().status()).isEqualTo(ReturnStatus.AUTHORISED);

        // The parcel put aside at the bench, its line inspected later: two steps, the same return.
        model.receive(model.rows().getFirst(), List.of());
        assertThat(model.rows().getFirst().status()).isEqualTo(ReturnStatus.RECEIVED);
        model.receive(model.rows().getFirst(), List.of());
        assertThat(model.messageProperty().get()).isEqualTo("Give the outcome of at least one line.");
        model.receive(model.rows().getFirst(), List.of(new it.ordo.application.returns.LineOutcome(1,
                it.ordo.domain.returns.ReturnOutcome.RESTOCK)));
        assertThat(model.rows().getFirst().status()).isEqualTo(ReturnStatus.INSPECTED);
        model.credit(model.rows().getFirst());
        ReturnView credited = model.rows().getFirst();
        assertThat(credited.status()).isEqualTo(ReturnStatus.CREDITED);
        assertThat(model.notes()).extracting(n -> n.number()).containsExactly(credited.creditNoteNumber());
        assertThat(model.messageProperty().get()).contains(credited.creditNoteNumber());
    }
}

package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.ordo.Internals;
import it.ordo.OrdoContext;
import it.ordo.application.notification.MailServerSettings;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.returns.ReturnView;
import it.ordo.application.support.NewTicket;
import it.ordo.application.support.TicketRow;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnStatus;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customer care on the real desktop and the demo company. A customer called
 * three days ago about damaged goods of a delivered order; today the service
 * agent finds the ticket among the overdue ones, replies (the e-mail reaches
 * the mail server), goes from the ticket to the order and authorises a
 * return of the damaged line from there (the customer gets the e-mail with
 * the return label); the warehouse scans the label's RMA barcode and
 * receives the goods back to stock; the agent closes the return with a
 * replacement order, whose confirmation reaches the customer.
 */
@Tag("desk")
class CareScenarioTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private DeskDriver desk;
    private String ticket;
    private String order;

    @BeforeEach
    void start() {
        Path data = DemoDataFolder.get();
        Clock threeDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneId.systemDefault());
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(data), () -> "service", threeDaysAgo)) {
            ctx.mail().configure(new MailServerSettings("127.0.0.1", SMTP.getSmtp().getPort(), false, null,
                    "assistenza@demo.example"));
            // The demo's thousands of past confirmations wait in its outbox (it has no mail server); in a company
            // at work they went out long ago. Taken as sent, so that Send now sends what this scenario writes
            // instead of working through the backlog, a batch at a time, before the refund.
            var tx = Internals.transactions(ctx);
            tx.write(() -> tx.em().createNativeQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = created_at"
                    + " WHERE status = 'PENDING'").executeUpdate());
            order = ctx.orders().search(OrderQuery.latest(OrderStatus.DELIVERED, null, 1)).rows().getFirst().number();
            String customer = ctx.orders().show(order).customerCode();
            ticket = ctx.tickets().open(new NewTicket(customer, TicketCategory.DAMAGED_GOODS, TicketPriority.HIGH,
                    "Merce arrivata danneggiata (scenario)", "Il cliente ha ricevuto una confezione rotta.",
                    List.of(order), List.of())).number();
        }
        desk = new DeskDriver(data, 1366, 768);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void anOverdueTicketIsAnsweredItsReturnReceivedByScanAndReplaced() throws Exception {
        desk.signIn("service", "demo");
        desk.clickOn("#nav-tickets");
        desk.waitFor("#tickets-table");
        desk.clickOn("#tickets-overdue");
        TableView<TicketRow> tickets = desk.lookup("#tickets-table").queryTableView();
        // The unfiltered list read when the screen opened may still be showing: wait for the overdue ones only.
        desk.waitUntil(() -> tickets.getItems().stream().anyMatch(t -> t.number().equals(ticket))
                && tickets.getItems().stream().allMatch(TicketRow::overdue));
        assertThat(tickets.getItems()).as("only overdue tickets").allMatch(TicketRow::overdue);
        desk.clickOn(row(tickets, t -> t.number().equals(ticket)));
        desk.waitUntil(() -> text("#ticket-title").startsWith(ticket));
        assertThat(text("#ticket-state")).contains("OVERDUE");

        desk.clickOn("#ticket-draft").write("We are sorry: we will collect the damaged goods and refund you.");
        desk.clickOn("#ticket-reply");
        desk.waitUntil(() -> text("#tickets-message").contains("outbox"));

        desk.clickOn("#nav-outbox");
        desk.waitFor("#outbox-send");
        desk.clickOn("#outbox-send");
        desk.waitUntil(() -> received(ticket).isPresent());
        assertThat(received(ticket).orElseThrow().getContent().toString()).contains("we will collect the damaged");

        // From the ticket to its order, and from the order the return: the form comes with the order's lines.
        desk.clickOn("#nav-tickets");
        desk.clickOn(row(tickets, t -> t.number().equals(ticket)));
        desk.waitFor("#ticket-order-" + order);
        desk.clickOn("#ticket-order-" + order);
        desk.waitFor("#order-new-return");
        desk.clickOn("#order-new-return");
        desk.waitFor("#new-return-lines");
        TableView<?> draft = desk.lookup("#new-return-lines").queryTableView();
        desk.waitUntil(() -> !draft.getItems().isEmpty());
        assertThat(desk.lookup("#new-return-order").queryTextInputControl().getText()).isEqualTo(order);
        Node quantity = desk.from(draft).lookup(".text-field-table-cell").query();
        desk.doubleClickOn(quantity).write("1").type(javafx.scene.input.KeyCode.ENTER);
        desk.clickOn("#new-return-ticket").write(ticket);
        desk.clickOn("#new-return-reason").write("Confezione rotta");
        ComboBox<ReturnWish> wish = desk.lookup("#new-return-wish").queryComboBox();
        desk.interact(() -> wish.setValue(ReturnWish.REPLACEMENT));
        // Recorded as the customer's request, checked, then authorised from the list.
        desk.clickOn("#new-return-request");
        TableView<ReturnView> returns = desk.lookup("#returns-table").queryTableView();
        desk.waitUntil(() -> text("#returns-message").contains("requested"));
        String rma = text("#returns-message").replaceAll("^Return (RMA-\\S+) requested.*$", "$1");
        assertThat(rma).startsWith("RMA-");
        desk.waitUntil(() -> status(returns, rma) == ReturnStatus.REQUESTED);
        desk.clickOn(row(returns, r -> r.rmaNumber().equals(rma)));
        desk.clickOn("#returns-authorise");
        desk.waitUntil(() -> status(returns, rma) == ReturnStatus.AUTHORISED);
        assertThat(text("#returns-message")).contains(rma).contains("authorised");

        // The customer gets the RMA number with the return label.
        desk.clickOn("#nav-outbox");
        desk.waitFor("#outbox-send");
        desk.clickOn("#outbox-send");
        desk.waitUntil(() -> received(rma).isPresent());
        assertThat(((jakarta.mail.Multipart) received(rma).orElseThrow().getContent()).getBodyPart(1).getFileName())
                .isEqualTo(rma + ".pdf");

        // The warehouse scans the label's barcode (the scanner types the RMA number) and takes the parcel in,
        // leaving the line for the bench: "Inspect later" instead of the proposed "Back to stock".
        signOutAndIn("warehouse");
        desk.clickOn("#nav-returns");
        TableView<ReturnView> atWarehouse = waitForReturn(rma);
        desk.clickOn("#returns-scan").write(rma).type(javafx.scene.input.KeyCode.ENTER);
        desk.waitFor("#receive-confirm");
        String outcome = "#receive-outcome-" + draftLine(atWarehouse, rma);
        assertThat(desk.lookup(outcome).queryComboBox().getValue()).isEqualTo(ReturnOutcome.RESTOCK);
        desk.clickOn(outcome);
        desk.clickOn(desk.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.isVisible()
                && "Inspect later".equals(c.getText())).queryAs(javafx.scene.control.ListCell.class));
        assertThat(desk.lookup(outcome).queryComboBox().getValue()).isNull();
        desk.clickOn("#receive-confirm");
        desk.waitUntil(() -> status(atWarehouse, rma) == ReturnStatus.RECEIVED);

        // At the bench: the received return's button now inspects, and the line goes back to stock.
        desk.clickOn(row(atWarehouse, r -> r.rmaNumber().equals(rma)));
        desk.waitUntil(() -> "Inspect".equals(desk.lookup("#returns-receive").queryButton().getText()));
        desk.clickOn("#returns-receive");
        desk.waitFor("#receive-confirm");
        assertThat(desk.lookup(outcome).queryComboBox().getValue()).isEqualTo(ReturnOutcome.RESTOCK);
        desk.clickOn("#receive-confirm");
        desk.waitUntil(() -> status(atWarehouse, rma) == ReturnStatus.INSPECTED);

        // Customer service closes it as the customer wished: a replacement order, confirmed to the customer.
        signOutAndIn("service");
        desk.clickOn("#nav-returns");
        TableView<ReturnView> again = waitForReturn(rma);
        desk.clickOn(row(again, r -> r.rmaNumber().equals(rma)));
        desk.clickOn("#returns-close");
        desk.waitUntil(() -> status(again, rma) == ReturnStatus.REPLACED);
        String replacement = again.getItems().stream().filter(r -> r.rmaNumber().equals(rma)).findFirst()
                .orElseThrow().replacementOrderNumber();
        assertThat(replacement).startsWith("ORD-").isNotEqualTo(order);
        assertThat(text("#returns-message")).contains(replacement);

        desk.clickOn("#nav-outbox");
        desk.waitFor("#outbox-send");
        desk.clickOn("#outbox-send");
        desk.waitUntil(() -> received(replacement).isPresent());
    }

    /** The line number of the return's (only) line. */
    private static int draftLine(TableView<ReturnView> table, String rma) {
        return table.getItems().stream().filter(r -> r.rmaNumber().equals(rma)).findFirst().orElseThrow().lines()
                .getFirst().lineNo();
    }

    private TableView<ReturnView> waitForReturn(String rma) {
        desk.waitFor("#returns-table");
        TableView<ReturnView> table = desk.lookup("#returns-table").queryTableView();
        desk.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.rmaNumber().equals(rma)));
        return table;
    }

    private static ReturnStatus status(TableView<ReturnView> table, String rma) {
        return table.getItems().stream().filter(r -> r.rmaNumber().equals(rma)).map(ReturnView::status).findFirst()
                .orElse(null);
    }

    private void signOutAndIn(String user) {
        desk.clickOn("#shell-user").clickOn("#shell-sign-out");
        desk.signIn(user, "demo");
    }

    private String text(String query) {
        return desk.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private <T> Node row(TableView<T> table, java.util.function.Predicate<T> which) {
        desk.waitUntil(() -> desk.from(table).lookup(".table-row-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getItem() != null && which.test(cast(r.getItem()))));
        return desk.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null && which.test(cast(r.getItem())))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object item) {
        return (T) item;
    }

    private static Optional<MimeMessage> received(String inSubject) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(inSubject);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst();
    }
}

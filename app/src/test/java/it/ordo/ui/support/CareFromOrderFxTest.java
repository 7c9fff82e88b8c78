package it.ordo.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.application.returns.ReturnView;
import it.ordo.application.support.TicketRow;
import it.ordo.application.support.TicketView;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import it.ordo.ui.Screen;
import it.ordo.ui.orders.OrderDetailScreen;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Customer service starts from the order the customer calls about: the
 * order's New ticket… and New return… ask the shell for the Tickets and
 * Returns screens, whose forms come filled with the customer, the order and
 * its lines, so the agent only says what happened.
 */
@Tag("ui")
class CareFromOrderFxTest {

    private static Stage stage;
    private TestCompany company;
    private RecordingDesk desk;
    private Screen screen;
    private final List<String> navigation = new ArrayList<>();
    private OrderView shipped;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void headless() throws Exception {
        Headless.monocle();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    @BeforeEach
    void company() {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        OrderView order = company.order("C-A", "DANNO", "P1", 4);
        company.ctx.orders().startPicking(order.number());
        company.ctx.orders().pack(order.number());
        company.ctx.fulfilment().shipAllocated(order.number());
        shipped = order; // only its number is used
        desk = new RecordingDesk(company.ctx, navigation, new ArrayList<>());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (screen != null) {
                screen.closed();
            }
        });
        FxToolkit.cleanupStages();
        FxToolkit.hideStage();
        company.close();
    }

    private void show(java.util.function.Supplier<Screen> make) throws Exception {
        FxToolkit.setupStage(s -> {
            screen = make.get();
            s.setScene(new Scene(new javafx.scene.layout.StackPane(screen.content()), 1366, 768));
            s.show();
            screen.shown();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOrderDetailAsksForATicketAndAReturnOfItsOwnOrder() throws Exception {
        show(() -> new OrderDetailScreen(desk, shipped.number()));
        robot.clickOn("#order-new-ticket");
        robot.clickOn("#order-new-return");
        assertThat(navigation).containsExactly("new ticket C-A " + shipped.number(),
                "new return " + shipped.number() + " null");
    }

    @Test
    void theTicketFormComesWithTheCustomerAndTheOrder() throws Exception {
        show(() -> new TicketsScreen(desk));
        FxToolkit.setupFixture(() -> ((TicketsScreen) screen).newTicket("C-A", shipped.number()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-ticket-customer").queryAs(TextField.class).getText()).isEqualTo("C-A");
        assertThat(robot.lookup("#new-ticket-order").queryAs(TextField.class).getText()).isEqualTo(shipped.number());
        robot.clickOn("#new-ticket-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-ticket-problem").queryLabeled().getText()).contains("subject");
        robot.clickOn("#new-ticket-subject").write("Scatola rotta");
        robot.clickOn("#new-ticket-open");
        WaitForAsyncUtils.waitForFxEvents();

        List<TicketRow> rows = company.ctx.tickets().ofCustomer("C-A");
        assertThat(rows).hasSize(1);
        TicketView ticket = company.ctx.tickets().show(rows.getFirst().number());
        assertThat(ticket.subject()).isEqualTo("Scatola rotta");
        assertThat(ticket.links()).anyMatch(l -> l.orderNumber().equals(shipped.number()));
        assertThat(robot.lookup("#new-ticket-customer").tryQuery()).as("the form closed").isEmpty();
    }

    @Test
    void theReturnFormComesWithTheOrdersLines() throws Exception {
        show(() -> new ReturnsScreen(desk));
        FxToolkit.setupFixture(() -> ((ReturnsScreen) screen).newReturn(shipped.number(), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-return-order").queryAs(TextField.class).getText()).isEqualTo(shipped.number());
        TableView<?> draft = robot.lookup("#new-return-lines").queryTableView();
        assertThat(draft.getItems()).hasSize(1);
        Node quantity = robot.from(draft).lookup(".text-field-table-cell").query();
        robot.doubleClickOn(quantity).write("2").type(KeyCode.ENTER);
        robot.clickOn("#new-return-reason").write("Confezione rotta");
        robot.clickOn("#new-return-authorise");
        WaitForAsyncUtils.waitForFxEvents();

        List<ReturnView> returns = company.ctx.returns().list("C-A", 0, 10);
        assertThat(returns).hasSize(1);
        assertThat(returns.getFirst().orderNumber()).isEqualTo(shipped.number());
        assertThat(returns.getFirst().lines().getFirst().quantity()).isEqualByComparingTo("2");
    }
}

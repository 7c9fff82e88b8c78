package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.support.TicketQuery;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The manager's dashboard on the real desktop and the demo company: the tickets-past-due tile opens the
 * list behind its figure, the Tickets screen with Overdue ticked, holding as many tickets as the tile says.
 */
@Tag("desk")
class DashboardDrillDownTest {

    private DeskDriver desk;

    @BeforeEach
    void start() {
        desk = new DeskDriver(DemoDataFolder.get(), 1366, 768);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void theTicketsPastDueTileOpensThoseTickets() {
        desk.signIn("manager", "demo");
        desk.clickOn("#nav-dashboard");
        desk.waitFor("#tile-tickets");
        Label figure = (Label) ((javafx.scene.layout.VBox) desk.lookup("#tile-tickets").query()).getChildren().get(1);
        long shown = Long.parseLong(figure.getText().replace(",", ""));

        desk.clickOn("#tile-tickets");
        desk.waitFor("#tickets-overdue");
        assertThat(desk.lookup("#tickets-overdue").queryAs(CheckBox.class).isSelected()).isTrue();
        long overdue = desk.main().services().tickets().search(new TicketQuery(null, null, null, null, null,
                null, null, 0, 1, null, true))
                .total();
        assertThat(overdue).as("the list behind the figure").isEqualTo(shown);
    }
}

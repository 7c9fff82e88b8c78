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
 * The manager's dashboard on the real desktop and the demo company: a tile opens the list behind its figure,
 * holding as many rows as the tile says: the tickets past due on the Tickets screen with Overdue ticked, the
 * late orders and the orders waiting for stock on the order list with its Show filter set.
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
        fullyRead("tickets");
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

    @Test
    void theLateOrdersTileOpensTheLateOrders() {
        opensTheOrdersItCounts("late", it.ordo.domain.order.OrderFollowUp.LATE);
    }

    @Test
    void theWaitingForStockTileOpensTheOrdersWaiting() {
        opensTheOrdersItCounts("backorders", it.ordo.domain.order.OrderFollowUp.WAITING_FOR_STOCK);
    }

    /**
     * Waits for the full reading: the headline's tiles are painted first and every tile is replaced when the
     * lines are totalled, so a tile found before that may leave the screen before it is clicked.
     */
    private void fullyRead(String tile) {
        desk.waitUntil(() -> desk.lookup("#tile-" + tile).tryQuery().isPresent()
                && desk.lookup(".ordo-kpi-tile-loading").queryAll().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void opensTheOrdersItCounts(String tile, it.ordo.domain.order.OrderFollowUp list) {
        desk.signIn("manager", "demo");
        desk.clickOn("#nav-dashboard");
        fullyRead(tile);
        Label figure = (Label) ((javafx.scene.layout.VBox) desk.lookup("#tile-" + tile).query()).getChildren().get(1);
        long counted = Long.parseLong(figure.getText().replaceAll("[^0-9]", ""));

        desk.clickOn("#tile-" + tile);
        desk.waitFor("#orders-filter-followup");
        javafx.scene.control.ComboBox<it.ordo.domain.order.OrderFollowUp> show =
                desk.lookup("#orders-filter-followup").queryAs(javafx.scene.control.ComboBox.class);
        javafx.scene.control.TableView<?> table = desk.lookup("#orders-table").queryAs(
                javafx.scene.control.TableView.class);
        // The page bar says "1–100 of N" once the list has been read: N is its count of rows, over every page.
        desk.waitUntil(() -> show.getValue() == list && shownTotal(table) == counted);
        assertThat(shownTotal(table)).as("the rows the list shows, as the tile counts").isEqualTo(counted);
        assertThat(table.getItems()).hasSize((int) Math.min(counted, 100));
    }

    private long shownTotal(javafx.scene.control.TableView<?> table) {
        java.util.Optional<Label> page = desk.lookup(".orders-list").lookup((javafx.scene.Node n) ->
                n instanceof Label l && l.getText() != null && l.getText().contains("\u2013")).tryQueryAs(Label.class);
        if (page.isEmpty()) {
            return table.getItems().size();
        }
        String text = page.get().getText();
        return Long.parseLong(text.substring(text.lastIndexOf(' ') + 1).replaceAll("[^0-9]", ""));
    }
}

package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Customer care's screens on the demo company in English and Italian, as the
 * service desk sees them, as PNG files beside the other screenshots
 * (target/screenshots, or -Dordo.screenshots).
 */
@Tag("desk")
class CareScreenshotTest {

    @Test
    void ticketsReturnsOutboxAndDelays() throws Exception {
        try {
            for (String language : new String[] {"en", "it"}) {
                DemoDataFolder.language(language.equals("en") ? "en-GB" : "it-IT");
                try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
                    desk.signIn("service", "demo");
                    desk.clickOn("#nav-tickets");
                    TableView<?> tickets = desk.lookup("#tickets-table").queryTableView();
                    desk.waitUntil(() -> !tickets.getItems().isEmpty());
                    desk.interact(() -> tickets.getSelectionModel().selectFirst());
                    desk.waitFor("#ticket-thread");
                    Thread.sleep(800);
                    check(desk.screenshot("tickets-" + language));

                    desk.clickOn("#nav-returns");
                    TableView<?> returns = desk.lookup("#returns-table").queryTableView();
                    desk.waitUntil(() -> !returns.getItems().isEmpty());
                    desk.interact(() -> returns.getSelectionModel().selectFirst());
                    Thread.sleep(800);
                    check(desk.screenshot("returns-" + language));

                    desk.clickOn("#nav-outbox");
                    TableView<?> outbox = desk.lookup("#outbox-table").queryTableView();
                    desk.waitUntil(() -> !outbox.getItems().isEmpty());
                    desk.interact(() -> outbox.getSelectionModel().selectFirst());
                    Thread.sleep(800);
                    check(desk.screenshot("outbox-" + language));

                    desk.clickOn("#nav-delays");
                    desk.waitFor("#delays-table");
                    Thread.sleep(1500);
                    check(desk.screenshot("delays-" + language));
                }
            }
        } finally {
            DemoDataFolder.language("en-GB");
        }
    }

    private static void check(BufferedImage image) {
        assertThat(DeskDriver.colours(image)).as("a drawn window has many colours").isGreaterThan(30);
    }
}

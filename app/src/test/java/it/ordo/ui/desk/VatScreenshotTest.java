package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The VAT tab of the demo company's habitual exporter, as accounting sees it, in English and Italian: its
 * treatment under the declaration of intent, and the declaration close to its ceiling in the warning colour.
 * PNG files beside the other screenshots (target/screenshots, or -Dordo.screenshots).
 */
@Tag("screenshots")
class VatScreenshotTest {

    /** The demo's habitual exporter (DemoVatCustomers.EXPORTER). */
    private static final String EXPORTER = "EXP-00001";

    @Test
    void theHabitualExportersVatTab() throws Exception {
        try {
            for (String language : new String[] {"en", "it"}) {
                DemoDataFolder.language(language.equals("en") ? "en-GB" : "it-IT");
                try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
                    desk.signIn("accounting", "demo");
                    desk.waitUntil(() -> desk.main() != null);
                    desk.interact(() -> desk.main().openCustomer(EXPORTER));
                    desk.waitFor("#customer-tabs");
                    desk.interact(() -> {
                        TabPane tabs = desk.lookup("#customer-tabs").queryAs(TabPane.class);
                        tabs.getSelectionModel().select(tabs.getTabs().stream()
                                .filter(t -> "customer-tab-vat".equals(t.getId())).findFirst().orElseThrow());
                        // The tab below the customer's data takes most of the window, as a user drags it to.
                        javafx.scene.Node n = tabs;
                        while (!(n instanceof SplitPane)) {
                            n = n.getParent();
                        }
                        ((SplitPane) n).setDividerPositions(0.25);
                    });
                    TableView<?> declarations = desk.lookup("#customer-vat-declarations").queryTableView();
                    desk.waitUntil(() -> !declarations.getItems().isEmpty());
                    assertThat(desk.lookup("#customer-vat-nature").queryAs(Label.class).getText()).isEqualTo("N3.5");
                    Thread.sleep(800);
                    check(desk.screenshot("customer-vat-" + language));
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

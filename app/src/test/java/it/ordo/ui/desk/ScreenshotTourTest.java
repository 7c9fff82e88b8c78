package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderQuery;
import it.ordo.domain.order.OrderStatus;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every screen of the desktop, in English and in Italian, on the demo company,
 * written as PNG files: to target/screenshots, or to the folder named by
 * -Dordo.screenshots (docs/screenshots for the README). Each picture must be
 * a drawn window, not a blank or half-built one.
 */
@Tag("desk")
class ScreenshotTourTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "it"})
    void everyScreenInBothLanguages(String language) throws Exception {
        Path fresh = Files.createTempDirectory("ordo-first-run");
        Files.writeString(fresh.resolve("workstation.properties"), "language=" + language + "\n");
        try (DeskDriver desk = new DeskDriver(fresh, 1366, 768)) {
            desk.waitFor("#first-run-embedded");
            check(desk.screenshot("first-run-" + language));
        }

        DemoDataFolder.language(language);
        try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
            desk.waitForSignInReady();
            check(desk.screenshot("sign-in-" + language));
            desk.signIn("desk", "demo");
            desk.waitUntil(() -> desk.main().screen("orders") != null);
            Thread.sleep(1500);
            check(desk.screenshot("orders-" + language));

            String number = desk.main().services().orders().search(OrderQuery.latest(OrderStatus.CONFIRMED, null, 1)).rows().getFirst().number();
            desk.interact(() -> desk.main().openOrder(number));
            Thread.sleep(2000);
            check(desk.screenshot("order-detail-" + language));

            DemoPicks picks = DemoPicks.of(desk.main().services());
            desk.main().services().orderDrafts().discard();
            desk.clickOn("#nav-new-order");
            desk.waitFor("#entry-customer");
            desk.chooseCustomer(picks.customerNamePart(), picks.customer().code());
            desk.addLine(picks.bySku().sku(), "3");
            desk.addLine(picks.ean(picks.byEan()), "2");
            desk.addLine(picks.byDescription().description(), "1");
            desk.addLine(picks.amber().sku(), picks.amber().available().add(java.math.BigDecimal.TEN).toPlainString());
            desk.waitUntil(() -> desk.lookup("#entry-lines").queryTableView().getItems().stream()
                    .allMatch(l -> ((it.ordo.ui.entry.EntryLine) l).stateProperty().get()
                            != it.ordo.ui.entry.EntryLine.State.QUOTING));
            desk.clickOn((javafx.scene.Node) desk.from(desk.lookup("#entry-lines").queryTableView()).lookup(".table-row-cell").nth(3).query())
                    .type(javafx.scene.input.KeyCode.F1);
            Thread.sleep(500);
            check(desk.screenshot("new-order-" + language));
            desk.main().services().orderDrafts().discard();

            desk.clickOn("#nav-stock");
            Thread.sleep(2000);
            check(desk.screenshot("stock-" + language));

            desk.clickOn("#nav-customers");
            Thread.sleep(1500);
            check(desk.screenshot("customers-" + language));
            String customer = desk.main().services().customers().list(null, 0, 1).getFirst().code();
            desk.interact(() -> desk.main().openCustomer(customer));
            Thread.sleep(1500);
            check(desk.screenshot("customer-detail-" + language));
            if (language.equals("en")) {
                desk.clickOn("#shell-theme");
                desk.clickOn("#nav-orders");
                Thread.sleep(1000);
                check(desk.screenshot("orders-dark-" + language));
                desk.clickOn("#shell-theme");
            }
            desk.clickOn("#shell-user").clickOn("#shell-sign-out");
            // The New order tab still holds the order typed above: signing out asks first.
            desk.waitFor("#sign-out-question");
            desk.clickOn(((javafx.scene.control.DialogPane) desk.lookup("#sign-out-question").query())
                    .lookupButton(javafx.scene.control.ButtonType.OK));
            desk.signIn("admin", "demo");
            desk.clickOn("#nav-users");
            Thread.sleep(1000);
            check(desk.screenshot("users-" + language));
        } finally {
            DemoDataFolder.language("en-GB");
        }
    }

    private static void check(BufferedImage image) {
        assertThat(DeskDriver.colours(image)).as("a drawn window has many colours").isGreaterThan(30);
    }
}

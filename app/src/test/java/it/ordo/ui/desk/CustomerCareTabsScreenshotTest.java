package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderView;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The tabs inside the care screens and the customer's twelve months, on the demo company, as PNG files beside
 * the other screenshots (target/screenshots, or -Dordo.screenshots): the Outbox's Templates tab (as the
 * administrator), the Returns' Quarantine tab, a customer's E-mails tab (as customer service) and the customer
 * screen with the figures of the last twelve months (as the manager, who also sees the margin).
 */
@Tag("screenshots")
class CustomerCareTabsScreenshotTest {

    /** The customer whose screen is shown: one with a delivered order, goods of it held in quarantine. */
    private static String shownCustomer;

    /** Goods of a delivered order back in quarantine, so the Quarantine tab has a row whichever demo folder runs. */
    private static void seed(Path data) {
        Clock yesterday = Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneId.systemDefault());
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(data), () -> "service", yesterday)) {
            List<String> delivered = ctx.orders().search(OrderQuery.latest(OrderStatus.DELIVERED, null, 5)).rows()
                    .stream().map(o -> o.number()).toList();
            for (String order : delivered) {
                OrderView view = ctx.orders().show(order);
                try {
                    String rma = ctx.returns().open(new NewReturn(order, null, "Imballo aperto",
                            ReturnWish.REFUND, List.of(new NewReturn.LineQty(1, BigDecimal.ONE)))).rmaNumber();
                    ctx.returns().receive(rma, List.of(new LineOutcome(1, ReturnOutcome.QUARANTINE)));
                    shownCustomer = view.customerCode();
                    return;
                } catch (RuntimeException alreadyReturnedOrOutOfWindow) {
                    // The next delivered order, then.
                }
            }
        }
    }

    @Test
    void templatesQuarantineEmailsAndTheCustomersYear() throws Exception {
        seed(DemoDataFolder.get());
        assertThat(shownCustomer).as("a delivered order could be returned").isNotNull();
        for (String language : new String[] {"en", "it"}) {
            DemoDataFolder.language(language.equals("en") ? "en-GB" : "it-IT");
            try {
                try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
                    desk.signIn("admin", "demo");
                    desk.clickOn("#nav-outbox");
                    desk.waitFor("#outbox-table");
                    select(desk, "outbox-templates-tab");
                    javafx.scene.control.ListView<?> templates = desk.lookup("#templates-list").queryListView();
                    desk.waitUntil(() -> !templates.getItems().isEmpty());
                    desk.interact(() -> templates.getSelectionModel().select(4)); // the delay, in Italian
                    desk.waitUntil(() -> !desk.lookup("#templates-body").queryTextInputControl().getText().isEmpty());
                    Thread.sleep(1000);
                    check(desk.screenshot("outbox-templates-" + language));
                }
                try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
                    desk.signIn("service", "demo");
                    desk.clickOn("#nav-returns");
                    desk.waitFor("#returns-table");
                    select(desk, "returns-quarantine-tab");
                    Thread.sleep(1500);
                    check(desk.screenshot("returns-quarantine-" + language));

                    desk.interact(() -> desk.main().openCustomer(shownCustomer));
                    desk.waitFor("#customer-tabs");
                    select(desk, "customer-tab-mail");
                    Thread.sleep(1500);
                    check(desk.screenshot("customer-emails-" + language));
                }
                try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
                    desk.signIn("manager", "demo");
                    desk.interact(() -> desk.main().openCustomer(shownCustomer));
                    desk.waitFor("#customer-figure-revenue");
                    Thread.sleep(1500);
                    check(desk.screenshot("customer-figures-" + language));
                    desk.clickOn("#nav-dashboard");
                    desk.waitFor("#tile-month");
                    Thread.sleep(1500);
                    check(desk.screenshot("dashboard-" + language));
                }
            } finally {
                DemoDataFolder.language("en-GB");
            }
        }
    }

    /** Selects the tab with this id, in whichever tab pane of the window holds it. */
    private static void select(DeskDriver desk, String tabId) {
        desk.waitUntil(() -> desk.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .anyMatch(p -> p.getTabs().stream().anyMatch(t -> tabId.equals(t.getId()))));
        desk.interact(() -> {
            for (TabPane pane : desk.lookup(".tab-pane").queryAllAs(TabPane.class)) {
                for (Tab tab : pane.getTabs()) {
                    if (tabId.equals(tab.getId())) {
                        pane.getSelectionModel().select(tab);
                    }
                }
            }
        });
    }

    private static void check(BufferedImage image) {
        assertThat(DeskDriver.colours(image)).as("a drawn window has many colours").isGreaterThan(30);
    }
}

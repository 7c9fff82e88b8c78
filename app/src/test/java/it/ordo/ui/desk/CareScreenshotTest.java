package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.OrdoContext;
import it.ordo.application.order.OrderQuery;
import it.ordo.application.order.OrderView;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.support.NewTicket;
import it.ordo.domain.order.OrderStatus;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.support.TicketCategory;
import it.ordo.domain.support.TicketPriority;
import it.ordo.infrastructure.persistence.DatabaseSettings;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Customer care's screens on the demo company in English and Italian, as the
 * service desk sees them, as PNG files beside the other screenshots
 * (target/screenshots, or -Dordo.screenshots).
 */
@Tag("screenshots")
class CareScreenshotTest {

    /**
     * Care work of the last days on the demo company, done here so the
     * screens have something to show whichever demo folder the run uses.
     */
    /** The order the screenshots of its detail and of the new-ticket form show. */
    private static String shownOrder;

    private static void seed(Path data) {
        Clock twoDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneId.systemDefault());
        try (OrdoContext ctx = OrdoContext.open(DatabaseSettings.embedded(data), () -> "service", twoDaysAgo)) {
            List<String> delivered = ctx.orders().search(OrderQuery.latest(OrderStatus.DELIVERED, null, 3)).rows()
                    .stream().map(o -> o.number()).toList();
            TicketPriority[] priorities = {TicketPriority.HIGH, TicketPriority.NORMAL, TicketPriority.URGENT};
            for (int i = 0; i < delivered.size(); i++) {
                String order = delivered.get(i);
                OrderView view = ctx.orders().show(order);
                String ticket = ctx.tickets().open(new NewTicket(view.customerCode(), TicketCategory.DAMAGED_GOODS,
                        priorities[i], "Confezione arrivata rotta", "Il cliente ha ricevuto la merce con l'imballo "
                        + "schiacciato e chiede la sostituzione.", List.of(), List.of(new NewTicket.LineRef(order, 1))))
                        .number();
                ctx.tickets().note(ticket, "Verificato con il corriere: collo danneggiato in transito.");
                ctx.tickets().reply(ticket, "Gentile cliente, ritireremo la merce danneggiata e la rimborseremo.");
                if (i == 0) {
                    String rma = ctx.returns().open(new NewReturn(order, ticket, "Imballo schiacciato",
                            ReturnWish.REFUND, List.of(new NewReturn.LineQty(1, BigDecimal.ONE)))).rmaNumber();
                    ctx.returns().receive(rma, List.of(new LineOutcome(1, ReturnOutcome.RESTOCK)));
                    ctx.returns().credit(rma);
                    shownOrder = order;
                }
                if (i == 1) {
                    String rma = ctx.returns().open(new NewReturn(order, ticket, "Merce inutilizzabile",
                            ReturnWish.REPLACEMENT, List.of(new NewReturn.LineQty(1, BigDecimal.ONE)))).rmaNumber();
                    ctx.returns().receive(rma, List.of(new LineOutcome(1, ReturnOutcome.SCRAP)));
                    ctx.returns().close(rma);
                }
            }
        }
    }

    @Test
    void ticketsReturnsOutboxAndDelays() throws Exception {
        seed(DemoDataFolder.get());
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

                    desk.interact(() -> desk.main().openOrder(shownOrder));
                    desk.waitFor("#order-new-ticket");
                    Thread.sleep(800);
                    check(desk.screenshot("order-care-" + language));
                    desk.clickOn("#order-new-ticket");
                    desk.waitFor("#new-ticket-subject");
                    desk.clickOn("#new-ticket-subject").write("Confezione arrivata rotta");
                    Thread.sleep(500);
                    check(dialog(desk, "new-ticket-" + language));
                    desk.type(javafx.scene.input.KeyCode.ESCAPE);
                }
            }
        } finally {
            DemoDataFolder.language("en-GB");
        }
    }

    /** The dialog on screen (its own window, not in the main window's snapshot) as a PNG beside the others. */
    private static BufferedImage dialog(DeskDriver desk, String name) throws Exception {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        desk.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null
                        && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .findFirst().ifPresent(w -> image[0] = w.getScene().snapshot(null)));
        BufferedImage png = javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null);
        Path dir = Path.of(System.getProperty("ordo.screenshots", "target/screenshots"));
        java.nio.file.Files.createDirectories(dir);
        javax.imageio.ImageIO.write(png, "png", dir.resolve(name + ".png").toFile());
        return png;
    }

    private static void check(BufferedImage image) {
        assertThat(DeskDriver.colours(image)).as("a drawn window has many colours").isGreaterThan(30);
    }
}

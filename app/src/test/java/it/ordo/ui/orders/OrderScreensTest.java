package it.ordo.ui.orders;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.order.OrderSort;
import it.ordo.domain.order.OrderStatus;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.Desk;
import it.ordo.ui.RecordingDesk;
import it.ordo.ui.Screen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
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
 * The order screens in a real (headless) window: what the view wires to the
 * view model (header clicks sort in the database, Enter opens, Ctrl+F, the
 * typing pause, the cancel dialog that will not take an empty reason).
 */
@Tag("ui")
class OrderScreensTest {

    private static Stage stage;
    private TestCompany company;
    private Desk desk;
    private Screen screen;
    private final List<String> opened = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private String small;
    private String big;

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
        company.receive("P3", "MIL", "20");
        company.clock.set(LocalDate.of(2026, 11, 20).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
        big = company.order("C-B", "GRANDE", "P3", 10).number();
        company.clock.set(LocalDate.of(2026, 11, 26).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
        small = company.order("C-A", "PICCOLO", "P1", 1).number();
        desk = new RecordingDesk(company.ctx, opened, notices);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (screen != null) {
                screen.closed();
            }
        });
        FxToolkit.hideStage();
        company.close();
    }

    private void show(java.util.function.Supplier<Screen> make) throws Exception {
        FxToolkit.setupStage(s -> {
            screen = make.get();
            s.setScene(new Scene(new javafx.scene.layout.StackPane(screen.content()), 1366, 768));
            s.show();
            screen.shown();
            screen.focus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void headerClicksSortInTheDatabaseAndEnterOpensTheOrder() throws Exception {
        show(() -> new OrderListScreen(desk));
        OrderListViewModel model = ((OrderListScreen) screen).model();
        assertThat(model.rows()).extracting(r -> r.number()).containsExactly(small, big);
        FxRobot robot = new FxRobot();

        robot.clickOn("Total");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.sortProperty().get()).isEqualTo(OrderSort.TOTAL);
        assertThat(model.descendingProperty().get()).isFalse();
        robot.clickOn("Total");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.descendingProperty().get()).isTrue();
        assertThat(model.rows()).extracting(r -> r.number()).containsExactly(big, small);

        robot.clickOn(small).type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("order " + big);
    }

    @Test
    void ctrlFThenTypingFiltersAfterAPause() throws Exception {
        show(() -> new OrderListScreen(desk));
        OrderListViewModel model = ((OrderListScreen) screen).model();
        FxRobot robot = new FxRobot();
        robot.clickOn(big);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isInstanceOf(TextField.class);
        robot.write("piccolo");
        assertThat(model.rows()).as("not yet: the user is still typing").hasSize(2);
        robot.sleep(800);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.rows()).extracting(r -> r.number()).containsExactly(small);
    }

    @Test
    void theCancelDialogRefusesAnEmptyReasonThenCancels() throws Exception {
        show(() -> new OrderDetailScreen(desk, small));
        OrderDetailViewModel model = ((OrderDetailScreen) screen).model();
        FxRobot robot = new FxRobot();

        robot.clickOn("Cancel order…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Node error = robot.lookup("Write why the order is cancelled.").query();
        assertThat(error).isNotNull();
        assertThat(error.isVisible()).isTrue();
        assertThat(company.ctx.orders().show(small).status()).isEqualTo(OrderStatus.CONFIRMED);

        robot.write("ordine doppio").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.orderProperty().get().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(notices).containsExactly("Order " + small + " cancelled; its stock is available again.");
        assertThat(robot.lookup("Cancel order…").query().isVisible()).as("hidden once cancelled").isFalse();
    }
}

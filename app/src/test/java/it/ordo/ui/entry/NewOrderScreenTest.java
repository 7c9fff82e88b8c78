package it.ordo.ui.entry;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.domain.order.OrderStatus;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.Desk;
import it.ordo.ui.RecordingDesk;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keyboard flow of the New order screen in a real (headless) window: a
 * customer, three lines by code and barcode, confirmation with Ctrl+Enter,
 * never touching the mouse.
 */
@Tag("ui")
class NewOrderScreenTest {

    private static Stage stage;
    private TestCompany company;
    private NewOrderScreen screen;
    private final List<String> notices = new ArrayList<>();

    @BeforeAll
    static void headless() throws Exception {
        Headless.monocle();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    }

    @BeforeEach
    void open() throws Exception {
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.receive("P3", "MIL", "2");
        company.ctx.inventory().addSupply("P3", "MIL", new java.math.BigDecimal("10"), TestCompany.TODAY.plusDays(7), "PO-7");
        Desk desk = new RecordingDesk(company.ctx, new ArrayList<>(), notices);
        FxToolkit.setupStage(s -> {
            screen = new NewOrderScreen(desk, null);
            // 1366×768 is the size the screen is designed for; a toolkit another test started may be narrower.
            double width = Math.min(1366, javafx.stage.Screen.getPrimary().getBounds().getWidth());
            s.setScene(new Scene(new javafx.scene.layout.StackPane(screen.content()), width, 768));
            s.show();
            screen.focus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> screen.closed());
        company.close();
    }

    @Test
    void anOrderIsTakenByKeyboardAloneAndConfirmedWithCtrlEnter() throws Exception {
        FxRobot robot = new FxRobot();
        robot.write("alfa");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel().customerProperty().get().code()).isEqualTo("C-A");
        assertThat(focused()).isInstanceOf(TextField.class);

        robot.write("P1").type(KeyCode.ENTER).write("3").type(KeyCode.ENTER);
        robot.write("5901234123457").type(KeyCode.ENTER).write("5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel().lines()).extracting(EntryLine::sku).containsExactly("P1", "P3");
        assertThat(screen.viewModel().lines()).extracting(EntryLine::state)
                .containsExactly(EntryLine.State.NOW, EntryLine.State.LATER);
        snapshot("ordo-new-order-entry.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel().resultProperty().get().status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(notices).singleElement().asString().endsWith(" confirmed.");
        snapshot("ordo-new-order-result.png");

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel().lines()).isEmpty();
    }

    @Test
    void deleteRemovesTheSelectedLine() {
        FxRobot robot = new FxRobot();
        robot.write("alfa").type(KeyCode.ENTER).write("P1").type(KeyCode.ENTER).type(KeyCode.ENTER);
        robot.write("P3").type(KeyCode.ENTER).type(KeyCode.ENTER); // quantity 1 when none is typed
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup(".table-view").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel().lines()).extracting(EntryLine::sku).containsExactly("P3");

        robot.type(KeyCode.ENTER); // edits the quantity of the selected line
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        EntryLine p3 = screen.viewModel().lines().getFirst();
        assertThat(p3.quantity()).isEqualByComparingTo("2");
        assertThat(p3.state()).isEqualTo(EntryLine.State.NOW);
        assertThat(screen.viewModel().netTotalProperty().get()).isEqualByComparingTo("200.00");
    }

    @Test
    void f1ExplainsTheSelectedLineAndAnUnknownCodeStaysOnItsField() {
        FxRobot robot = new FxRobot();
        robot.write("alfa").type(KeyCode.ENTER).write("P3").type(KeyCode.ENTER).write("4").type(KeyCode.ENTER);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea detail = robot.lookup(".text-area").queryAs(javafx.scene.control.TextArea.class);
        assertThat(detail.getText()).contains("Manuale tecnico").contains("2 available now").contains("PO-7");

        robot.write("NOPE-1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.viewModel().lines()).hasSize(1);
        assertThat(screen.viewModel().codeErrorProperty().get()).startsWith("Unknown product \"NOPE-1\".");
        assertThat(focused()).isInstanceOfSatisfying(TextField.class,
                f -> assertThat(f.getText()).isEqualTo("NOPE-1"));
        snapshot("ordo-new-order-explain.png");
    }

    private static Object focused() {
        AtomicReference<Object> owner = new AtomicReference<>();
        new FxRobot().interact(() -> owner.set(stage.getScene().getFocusOwner()));
        return owner.get();
    }

    private static void snapshot(String name) {
        if (!Boolean.getBoolean("ordo.test.screenshots")) {
            return;
        }
        new FxRobot().interact(() -> {
            try {
                var image = stage.getScene().snapshot(null);
                ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        new File(System.getProperty("java.io.tmpdir"), name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}

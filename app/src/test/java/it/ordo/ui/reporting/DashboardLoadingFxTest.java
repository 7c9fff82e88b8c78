package it.ordo.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.Services;
import it.ordo.application.security.Session;
import it.ordo.i18n.Texts;
import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.Desk;
import it.ordo.ui.Navigator;
import it.ordo.ui.QueuedExecutor;
import it.ordo.ui.RecordingDesk;
import it.ordo.ui.TaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's first paint in a real (headless) window: with the headline read and the full reading still
 * running, the sales tiles show their figures and open their orders, while the tiles that total the lines are
 * dashed, say "Loading…", carry no figure and open nothing; the top customers say they are loading. With
 * -Dordo.screenshots=DIR the loading screen is kept as a picture for the docs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardLoadingFxTest extends FxRobot {

    static {
        Headless.monocle();
    }

    private static final Texts EN = new Texts(Locale.ENGLISH);

    private TestCompany company;

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.clock.set(LocalDate.of(2026, 11, 3).atTime(10, 0).atZone(TestCompany.ROME).toInstant());
        company.order("C-A", "A-1", "P1", "10");
        company.clock.set(LocalDate.of(2026, 11, 27).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
        company.order("C-B", "B-1", "P1", "2", "P3", "1");
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    @Test
    void theTilesStillLoadingShowNoFigureAndOpenNothing() throws Exception {
        QueuedExecutor executor = new QueuedExecutor();
        List<String> navigation = new ArrayList<>();
        Desk desk = withExecutor(new RecordingDesk(company.ctx, navigation, new ArrayList<>()), executor);
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Scene scene = new Scene(new StackPane(new DashboardScreen(desk).content()), 1366, 768);
            scene.getStylesheets().add(getClass().getResource("/it/ordo/ui/ordo.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        // Opening asked for the headline and the full reading; the headline answers first.
        assertThat(executor.pending()).isEqualTo(2);
        WaitForAsyncUtils.asyncFx(() -> executor.runAt(0)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(figure("#tile-month")).isEqualTo(EN.money(new BigDecimal("220.00")));
        assertThat(tile("#tile-month").getStyleClass()).doesNotContain("ordo-kpi-tile-loading");
        for (String id : List.of("margin", "fill", "fulfilment", "otif", "returns")) {
            VBox tile = tile("#tile-" + id);
            assertThat(tile.getStyleClass()).as(id).contains("ordo-kpi-tile-loading");
            assertThat(figure("#tile-" + id)).as(id).isEqualTo("Loading…");
            assertThat(text(tile)).as(id + ": no figure while loading").doesNotContainPattern("[0-9]");
        }
        TableView<?> customers = lookup("#dashboard-top-customers").queryAs(TableView.class);
        assertThat(((Label) customers.getPlaceholder()).getText()).isEqualTo("Loading…");
        picture("dashboard-loading-en");

        clickOn("#tile-margin");
        assertThat(navigation).as("a tile still loading has no list behind it yet").isEmpty();
        clickOn("#tile-month");
        assertThat(navigation).containsExactly("orders SOLD 2026-11-01 2026-11-27");

        WaitForAsyncUtils.asyncFx(executor::runAll).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup(".ordo-kpi-tile-loading").queryAll()).isEmpty();
        assertThat(figure("#tile-fill")).isEqualTo("66.7 %");
        assertThat(figure("#tile-month")).isEqualTo(EN.money(new BigDecimal("220.00")));
        assertThat(customers.getItems()).hasSize(2);
    }

    private VBox tile(String query) {
        return lookup(query).queryAs(VBox.class);
    }

    /** The tile's figure: its second label. */
    private String figure(String query) {
        return ((Label) tile(query).getChildren().get(1)).getText();
    }

    private static String text(VBox tile) {
        StringBuilder all = new StringBuilder();
        for (Node n : tile.getChildren()) {
            if (n instanceof Label l) {
                all.append(l.getText()).append('\n');
            }
        }
        return all.toString();
    }

    /** The recording desk, its background work held by {@code executor} until the test runs it. */
    private static Desk withExecutor(RecordingDesk recording, TaskExecutor executor) {
        return new Desk() {
            @Override
            public Texts texts() {
                return recording.texts();
            }

            @Override
            public TaskExecutor executor() {
                return executor;
            }

            @Override
            public Services services() {
                return recording.services();
            }

            @Override
            public Session session() {
                return recording.session();
            }

            @Override
            public Navigator navigator() {
                return recording.navigator();
            }

            @Override
            public void notify(String message) {
                recording.notify(message);
            }

            @Override
            public void openFile(Path file) {
                recording.openFile(file);
            }

            @Override
            public void showProblem(Throwable problem) {
                recording.showProblem(problem);
            }
        };
    }

    /** With -Dordo.screenshots=DIR the screen is kept as a PNG picture for the docs. */
    private void picture(String name) throws Exception {
        String dir = System.getProperty("ordo.screenshots");
        if (dir == null) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = lookup("#dashboard").query().getScene().snapshot(null)).get();
        Path file = Path.of(dir).resolve(name + ".png");
        Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }
}

package it.ordo.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.testing.Headless;
import it.ordo.testing.TestCompany;
import it.ordo.ui.RecordingDesk;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Reports screen's preview in a real (headless) window: the stock report's Preview draws its pages and
 * shows them in a window of their own, pictures of the printed page, not blank.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPreviewFxTest extends FxRobot {

    static {
        Headless.monocle();
    }

    private TestCompany company;

    @BeforeAll
    void setUp() throws Exception {
        FxToolkit.registerPrimaryStage();
        company = TestCompany.standard();
        company.receive("P1", "MIL", "100");
        company.clock.set(LocalDate.of(2026, 11, 27).atTime(9, 0).atZone(TestCompany.ROME).toInstant());
    }

    @AfterAll
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        company.close();
    }

    @Test
    void thePreviewShowsTheReportsPages() throws Exception {
        List<ReportsScreen> made = new ArrayList<>();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            made.add(new ReportsScreen(new RecordingDesk(company.ctx, new ArrayList<>(), new ArrayList<>())));
            stage.setScene(new Scene(new StackPane(made.getFirst().content()), 1366, 768));
            stage.show();
        });
        WaitForAsyncUtils.asyncFx(() -> made.getFirst().model().managementProperty().set(ManagementReport.STOCK))
                .get();
        clickOn("#reports-management-preview");
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane preview = lookup("#reports-preview").queryAs(ScrollPane.class);
        Window window = preview.getScene().getWindow();
        assertThat(window.isShowing()).isTrue();
        assertThat(((javafx.stage.Stage) window).getTitle()).isEqualTo("Stock \u2014 1 page");
        VBox pages = (VBox) preview.getContent();
        assertThat(pages.getChildren()).hasSize(1);
        javafx.scene.image.Image page = ((ImageView) pages.getChildren().getFirst()).getImage();
        assertThat(page.getWidth()).as("A4 at 96 dpi").isBetween(790.0, 800.0);
        BufferedImage drawn = javafx.embed.swing.SwingFXUtils.fromFXImage(page, null);
        long colours = java.util.stream.IntStream.range(0, drawn.getWidth() * drawn.getHeight())
                .map(i -> drawn.getRGB(i % drawn.getWidth(), i / drawn.getWidth())).distinct().count();
        assertThat(colours).as("the printed page, not a blank one").isGreaterThan(20);
        WaitForAsyncUtils.asyncFx(window::hide).get();
    }
}

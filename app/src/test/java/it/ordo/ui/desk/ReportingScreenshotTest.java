package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The manager's dashboard and the Reports area on the demo company, as PNG
 * files beside the other screenshots (target/screenshots, or -Dordo.screenshots).
 */
@Tag("screenshots")
class ReportingScreenshotTest {

    @Test
    void theDashboardAndTheReportsAsAManagerSeesThem() throws Exception {
        try (DeskDriver desk = new DeskDriver(DemoDataFolder.get(), 1366, 768)) {
            desk.waitFor("#sign-in-user");
            desk.signIn("manager", "demo");
            desk.waitFor("#nav-dashboard");
            desk.clickOn("#nav-dashboard");
            desk.waitFor("#tile-month");
            // Every tile filled: the first paint shows the sales tiles while the others are still loading.
            desk.waitUntil(() -> desk.lookup(".ordo-kpi-tile-loading").tryQuery().isEmpty());
            Thread.sleep(500);
            check(desk.screenshot("dashboard-en"));
            desk.clickOn("#nav-reports");
            desk.waitFor("#reports-grouping");
            Thread.sleep(500);
            check(desk.screenshot("reports-en"));
        }
    }

    private static void check(BufferedImage image) {
        assertThat(DeskDriver.colours(image)).as("a drawn window has many colours").isGreaterThan(30);
    }
}

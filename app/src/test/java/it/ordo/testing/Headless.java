package it.ordo.testing;

/**
 * JavaFX tests on headless Monocle, unless the run chose otherwise (for example xvfb-run with the real GTK
 * window). Maven's test runs set the same properties on the command line (app/pom.xml, {@code ordo.test.fx});
 * this is for a test started on its own, from an IDE. Called before the toolkit starts.
 */
public final class Headless {

    private Headless() {
    }

    public static void monocle() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("testfx.robot", "glass");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("testfx.headless", "true");
            // The default 1280x800 is narrower than the window.
            System.setProperty("headless.geometry", "1600x1000-32");
        }
    }
}

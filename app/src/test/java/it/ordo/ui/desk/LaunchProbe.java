package it.ordo.ui.desk;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.scene.control.Label;

/**
 * Run in a fresh JVM by {@link DeskBenchmark}: starts the desktop on a data
 * folder, signs in as the order desk and waits for the first page of orders.
 * Prints the milliseconds since this JVM started at each step, so the figures
 * include class loading and the JavaFX start-up a user waits for. With the
 * argument "baseline" it shows a bare JavaFX window with one label instead.
 */
public final class LaunchProbe {

    private LaunchProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (args[0].equals("baseline")) {
            javafx.stage.Stage stage = org.testfx.api.FxToolkit.registerPrimaryStage();
            org.testfx.api.FxToolkit.setupStage(s -> {
                s.setScene(new javafx.scene.Scene(new Label("Ordo"), 400, 200));
                s.show();
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            System.out.println("window " + (System.currentTimeMillis() - jvmStart));
            stage.getScene();
            System.exit(0);
        }
        DeskDriver desk = new DeskDriver(Path.of(args[0]), 1366, 768);
        desk.waitFor("#sign-in-user");
        System.out.println("signin " + (System.currentTimeMillis() - jvmStart));
        desk.clickOn("#sign-in-user").eraseText(40).write("desk");
        desk.clickOn("#sign-in-password").write("demo");
        desk.waitForSignInReady();
        System.out.println("ready " + (System.currentTimeMillis() - jvmStart));
        desk.clickOn("#sign-in-submit");
        System.out.println("submitted " + (System.currentTimeMillis() - jvmStart));
        desk.waitUntil(() -> desk.main() != null);
        System.out.println("main " + (System.currentTimeMillis() - jvmStart));
        desk.waitUntil(() -> desk.main().screen("orders") != null
                && desk.lookup(".table-row-cell").queryAll().stream().anyMatch(n -> !((javafx.scene.control.TableRow<?>) n).isEmpty()));
        System.out.println("orders " + (System.currentTimeMillis() - jvmStart));
        System.exit(0);
    }
}

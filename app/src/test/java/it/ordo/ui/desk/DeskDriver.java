package it.ordo.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.ui.OrdoDesktop;
import it.ordo.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the real desktop on a data folder under TestFX (headless Monocle) and
 * drives it like a user: keyboard and mouse on the nodes, waiting for the
 * background work to show its result.
 */
public final class DeskDriver extends FxRobot implements AutoCloseable {

    public final List<Path> openedFiles = new CopyOnWriteArrayList<>();
    /** The desktop sets the JVM's default locale to the user's language: put the test JVM's back afterwards. */
    private final java.util.Locale locale = java.util.Locale.getDefault();
    private final java.util.Locale formatLocale = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
    private final java.util.Locale displayLocale = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
    private final OrdoDesktop app;
    private final Stage stage;

    public DeskDriver(Path dataDir, int width, int height) {
        this(dataDir, width, height, null);
    }

    /** A desktop whose "save as" dialogs are answered by {@code saveAs} (the name proposed in, where to save out). */
    public DeskDriver(Path dataDir, int width, int height,
                      java.util.function.Function<String, java.util.Optional<Path>> saveAs) {
        try {
            stage = FxToolkit.registerPrimaryStage();
            app = (OrdoDesktop) FxToolkit.setupApplication(() -> new OrdoDesktop(dataDir, openedFiles::add, saveAs));
            FxToolkit.setupStage(s -> {
                s.setWidth(width);
                s.setHeight(height);
                s.toFront();
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to three minutes: the first query warms the database up, and a shared machine can be slow) until the condition holds on the FX thread. */
    public void waitUntil(BooleanSupplier condition) {
        waitUntil(180, condition);
    }

    /** The same, for a step that takes several password hashes (a password change): each may take seconds. */
    public void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                interact(() -> result[0] = condition.getAsBoolean());
                return result[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the desktop did not get there within " + seconds + " s\n" + whatItShows(), e);
        }
    }

    /**
     * What a person would have seen, and what the application's threads were doing, when a wait ran out: a
     * flaky wait on a shared CI machine is otherwise undiagnosable after the fact.
     */
    private String whatItShows() {
        StringBuilder out = new StringBuilder("texts on screen:");
        try {
            List<String> texts = new java.util.ArrayList<>();
            interact(() -> lookup(n -> n.isVisible() && n instanceof javafx.scene.control.Labeled l
                    && l.getText() != null && !l.getText().isBlank())
                    .queryAll().forEach(n -> texts.add(((javafx.scene.control.Labeled) n).getText())));
            texts.forEach(t -> out.append("\n  | ").append(t.replace('\n', ' ')));
        } catch (RuntimeException e) {
            out.append(" (not readable: ").append(e).append(')');
        }
        out.append("\nthreads:");
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] stack = entry.getValue();
            boolean ours = java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("it.ordo")
                    || f.getClassName().startsWith("org.apache.derby") || f.getClassName().startsWith("com.zaxxer"));
            if (!ours) {
                continue;
            }
            out.append("\n  \"").append(entry.getKey().getName()).append("\" ").append(entry.getKey().getState());
            java.util.Arrays.stream(stack).limit(25).forEach(f -> out.append("\n      at ").append(f));
        }
        return out.toString();
    }

    /** The sign-in screen shows while the database opens; its button comes on once the database is open. */
    public void waitForSignInReady() {
        waitUntil(() -> lookup("#sign-in-submit").tryQuery().filter(n -> n.isVisible() && !n.isDisabled()).isPresent());
    }

    public void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }

    /**
     * Types the user and password as a person would, then checks the fields hold them before signing in: on a
     * loaded CI machine the robot's keys have reached the fields incomplete (the run then waited three minutes
     * on "Wrong username or password."), which is the robot's fault, not the application's. The fields are
     * cleared and typed again, three times at most.
     */
    public void signIn(String user, String password) {
        waitFor("#sign-in-user");
        javafx.scene.control.TextField userField = lookup("#sign-in-user").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField passwordField =
                lookup("#sign-in-password").queryAs(javafx.scene.control.TextField.class);
        for (int attempt = 1; ; attempt++) {
            interact(() -> {
                userField.clear();
                passwordField.clear();
            });
            clickOn(userField).write(user);
            clickOn(passwordField).write(password);
            String[] typed = new String[2];
            interact(() -> {
                typed[0] = userField.getText();
                typed[1] = passwordField.getText();
            });
            if (user.equals(typed[0]) && password.equals(typed[1])) {
                break;
            }
            if (attempt == 3) {
                throw new AssertionError("the robot's keys did not reach the sign-in fields: user \"" + typed[0]
                        + "\", a password of " + typed[1].length() + " characters");
            }
        }
        waitForSignInReady();
        clickOn("#sign-in-submit");
        waitUntil(() -> app.mainWindow() != null);
    }

    /** In New order: types part of the customer's name and takes the suggestion with this code. */
    public void chooseCustomer(String part, String code) {
        clickOn("#entry-customer").write(part);
        waitUntil(() -> lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains(code)).tryQuery().isPresent());
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup("#entry-code").queryAs(javafx.scene.control.TextField.class).isFocused());
    }

    /** In New order, with the keyboard in the code field: code (SKU, EAN or description), Enter, quantity, Enter. */
    public void addLine(String code, String quantity) {
        write(code).type(javafx.scene.input.KeyCode.ENTER);
        javafx.scene.control.TextField qty = lookup("#entry-quantity").queryAs(javafx.scene.control.TextField.class);
        waitUntil(qty::isFocused);
        interact(qty::selectAll);
        write(quantity).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lookup("#entry-code").queryAs(javafx.scene.control.TextField.class).isFocused());
    }

    public MainWindow main() {
        return app.mainWindow();
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** A PNG of the window as it is, for the screenshot tour; returns the image for checks. */
    public BufferedImage screenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = stage.getScene().snapshot(null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        try {
            Path dir = Path.of(System.getProperty("ordo.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            ImageIO.write(png, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }

    /** How many different colours an image has: a blank or half-drawn window has very few. */
    public static long colours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }

    public void assertShown(String query) {
        assertThat(lookup(query).tryQuery()).as(query).isPresent();
    }

    @Override
    public void close() {
        try {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, formatLocale);
            java.util.Locale.setDefault(java.util.Locale.Category.DISPLAY, displayLocale);
        }
    }
}

package it.ordo.ui;

import it.ordo.application.Services;
import it.ordo.application.security.Session;
import it.ordo.i18n.Texts;

/**
 * What every screen of a signed-in user receives from the shell: texts in the
 * chosen language, the background executor, the application services working
 * as this user, and navigation. Screens use only the application services of
 * {@link #services()}: the use cases, never the composition root behind them
 * (an ArchUnit rule checks it).
 */
public interface Desk {

    Texts texts();

    TaskExecutor executor();

    /** The services, already working as the signed-in user. */
    Services services();

    Session session();

    Navigator navigator();

    /** A short confirmation in the status bar ("Order ORD-2026-000123 confirmed"). */
    void notify(String message);

    /** Opens a file (a PDF just written) in the system's viewer; call it from the JavaFX thread. */
    void openFile(java.nio.file.Path file);

    /** A failure the user must read: a dialog with the readable text from {@link Problems}. */
    void showProblem(Throwable problem);

    /**
     * Where to save a new file: the system's save dialog with {@code suggestedName} proposed; empty when the
     * user closes it. The desktop's tests answer it themselves (a native dialog cannot be driven).
     */
    default java.util.Optional<java.nio.file.Path> chooseSaveFile(javafx.stage.Window owner, String suggestedName,
                                                                  java.util.List<javafx.stage.FileChooser.ExtensionFilter> filters) {
        return SaveDialog.ask(owner, suggestedName, filters);
    }
}

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
}

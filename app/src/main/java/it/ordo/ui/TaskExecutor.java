package it.ordo.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, reports, files) off the JavaFX thread and hands
 * the plain result back on it. Tests use a same-thread implementation.
 */
public interface TaskExecutor {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** A slot on this executor for work of which only the newest answer counts ({@link LatestTask}). */
    default LatestTask latestOnly() {
        return new LatestTask(this);
    }
}

package it.ordo.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Background work on a small pool of daemon threads, results delivered with
 * Platform.runLater. It counts the work in flight so the status bar can show
 * that Ordo is busy, and on exit it lets pending work (a draft being saved)
 * finish before the database is closed.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    /** Three threads: a slow report must not hold up the quotes of the line being typed. */
    private final ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "ordo-background");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(pending.incrementAndGet());
        pool.submit(() -> {
            try {
                T result = work.call();
                deliver(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                deliver(() -> onFailure.accept(e));
            }
        });
    }

    private void deliver(Runnable onFxThread) {
        Platform.runLater(() -> {
            running.set(pending.decrementAndGet());
            onFxThread.run();
        });
    }

    /** How many tasks are running or waiting; on the JavaFX thread, for a busy indicator. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Stops taking work and waits (a few seconds at most) for what was submitted, e.g. the last draft save. */
    public void drain(long seconds) {
        pool.shutdown();
        try {
            pool.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

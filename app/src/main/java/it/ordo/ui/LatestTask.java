package it.ordo.ui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work of which only the newest answer matters: a search while
 * the user types, the quote of the line being edited, the page asked for
 * last. Each {@link #run} supersedes the one before it; an answer (or error)
 * of superseded work is dropped, so a slow early query can never overwrite
 * what a later one showed. Screens keep one instance per thing they load
 * instead of counting requests themselves. Used on the JavaFX thread only.
 */
public final class LatestTask {

    private final TaskExecutor executor;
    private long generation;

    public LatestTask(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /** Runs the work in the background; its answer is delivered only if nothing was run or cancelled since. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        long mine = ++generation;
        executor.run(work, result -> {
            if (mine == generation) {
                onSuccess.accept(result);
            }
        }, error -> {
            if (mine == generation) {
                onFailure.accept(error);
            }
        });
    }

    /** Drops the answer of whatever is still running (the screen moved on, e.g. the field was cleared). */
    public void cancel() {
        generation++;
    }
}

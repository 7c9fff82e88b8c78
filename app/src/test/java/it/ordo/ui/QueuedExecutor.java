package it.ordo.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds work until the test runs it, in any order: how a test makes a slow
 * query finish after a newer one, as on a busy network.
 */
public final class QueuedExecutor implements TaskExecutor {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> new SameThreadExecutor().run(work, onSuccess, onFailure));
    }

    public int pending() {
        return pending.size();
    }

    /** Runs the task queued at this position (0 = the oldest still waiting). */
    public void runAt(int index) {
        pending.remove(index).run();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            runAt(0);
        }
    }
}

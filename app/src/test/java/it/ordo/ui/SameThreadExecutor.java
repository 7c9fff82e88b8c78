package it.ordo.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work at once on the caller's thread: view models are tested without a window. */
public final class SameThreadExecutor implements TaskExecutor {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}

package dev.nextcall.testing;

import dev.nextcall.ui.common.BackgroundTasks;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs "background" work at once on the caller's thread: view-model tests without threads or waits. */
public final class InlineBackgroundTasks implements BackgroundTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}

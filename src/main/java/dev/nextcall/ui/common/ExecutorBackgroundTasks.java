package dev.nextcall.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Background tasks on a worker executor, with results delivered through a UI executor (on the
 * desktop, {@code Platform::runLater}). Kept free of JavaFX so it can be tested without a toolkit.
 */
public final class ExecutorBackgroundTasks implements BackgroundTasks {

    private final Executor workers;
    private final Executor uiThread;

    public ExecutorBackgroundTasks(Executor workers, Executor uiThread) {
        this.workers = workers;
        this.uiThread = uiThread;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            workers.execute(() -> execute(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // The app is shutting down: say so through the normal failure path.
            onFailure.accept(e);
        }
    }

    private <T> void execute(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) { // hand every failure to the caller, who shows it
            uiThread.execute(() -> onFailure.accept(e));
            return;
        }
        uiThread.execute(() -> onSuccess.accept(result));
    }
}

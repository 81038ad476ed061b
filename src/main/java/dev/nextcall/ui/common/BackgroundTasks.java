package dev.nextcall.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (disk, network) away from the FX thread and hands the result back on it. View
 * models take this interface so tests can run everything inline; the desktop uses one shared pool.
 */
public interface BackgroundTasks {

    /**
     * @param work      the blocking part, run on a background thread
     * @param onSuccess receives the result on the UI thread
     * @param onFailure receives the failure on the UI thread
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}

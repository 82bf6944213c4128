package org.agenticrl.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (reading and writing files) away from the thread that owns the model and delivers the result back
 * on it. The app's implementation uses a worker thread and {@code Platform.runLater}; tests run everything at once
 * on the calling thread, which makes asynchronous code deterministic.
 */
public interface BackgroundWork {
    /**
     * @param work runs on a worker thread
     * @param onSuccess receives work's result on the model's thread
     * @param onFailure receives anything work threw, on the model's thread
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs action on the model's thread; work on the worker calls it to report progress. */
    void onModelThread(Runnable action);

    /** Everything on the calling thread, in order. */
    static BackgroundWork immediate() {
        return new BackgroundWork() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onModelThread(Runnable action) {
                action.run();
            }
        };
    }
}

package org.agenticrl.app.fx;

import java.util.concurrent.Executors;
import org.agenticrl.app.common.ModelRuntime;
import org.agenticrl.app.common.PlaybackClock;

/** The real clocks and threads: JavaFX timers, a file worker and a training worker, both daemon threads. */
public final class FxRuntime {
    private FxRuntime() {
    }

    /** A clock of its own, for a model outside the session (the presenter view's timer). */
    public static PlaybackClock clock() {
        return new FxPlaybackClock();
    }

    public static ModelRuntime create() {
        return new ModelRuntime(new FxPlaybackClock(), new FxBackgroundWork(), Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "agentic-rl-training");
            thread.setDaemon(true);
            return thread;
        }), new FxFrameTicker(), new FxFrameTicker(), new FxPlaybackClock(),
                new FxPlaybackClock());
    }
}

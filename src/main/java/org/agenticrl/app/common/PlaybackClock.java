package org.agenticrl.app.common;

/**
 * Something that calls back at a steady rate while playing. The app's clock is a JavaFX timeline; tests tick by
 * hand, so the model never needs a running JavaFX toolkit.
 */
public interface PlaybackClock {
    /** Starts (or restarts) calling tick every intervalMillis on the thread that owns the model. */
    void start(double intervalMillis, Runnable tick);

    void stop();
}

package org.agenticrl.app.common;

/**
 * Calls back once per screen frame while started. The app's ticker is a JavaFX animation timer; tests tick by hand.
 * Training uses it to pace its work and to show results at most once per frame.
 */
public interface FrameTicker {
    /** Starts calling onFrame once per frame, on the thread that owns the model. */
    void start(Runnable onFrame);

    void stop();
}

package org.agenticrl.app.common;

/** A frame ticker that ticks only when told (tests, the headless lesson frames). */
public final class ManualFrames implements FrameTicker {
    private Runnable onFrame;

    @Override
    public void start(Runnable frame) {
        this.onFrame = frame;
    }

    @Override
    public void stop() {
        onFrame = null;
    }

    public boolean running() {
        return onFrame != null;
    }

    /** Runs up to n frames, fewer if the ticker is stopped meanwhile. */
    public void tick(int n) {
        for (int i = 0; i < n && onFrame != null; i++) {
            onFrame.run();
        }
    }
}

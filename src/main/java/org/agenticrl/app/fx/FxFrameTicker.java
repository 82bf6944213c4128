package org.agenticrl.app.fx;

import javafx.animation.AnimationTimer;
import org.agenticrl.app.common.FrameTicker;

/** Once per JavaFX pulse, on the FX thread. */
final class FxFrameTicker implements FrameTicker {
    private AnimationTimer timer;

    @Override
    public void start(Runnable onFrame) {
        stop();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame.run();
            }
        };
        timer.start();
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }
}

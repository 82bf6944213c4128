package org.agenticrl.app.fx;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.agenticrl.app.common.PlaybackClock;

/** The playback clock of the app: a JavaFX timeline, so ticks arrive on the FX thread. */
final class FxPlaybackClock implements PlaybackClock {
    private Timeline timeline;

    @Override
    public void start(double intervalMillis, Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.millis(intervalMillis), event -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}

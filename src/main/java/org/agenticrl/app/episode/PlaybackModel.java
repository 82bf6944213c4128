package org.agenticrl.app.episode;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.app.common.PlaybackClock;

/**
 * The transport bar's state: a cursor over the episode's beats ({@link BeatSchedule}), play/pause and speed. When the
 * episode is recomputed the cursor keeps its place (at the end if it was at the end).
 */
public final class PlaybackModel {
    public static final NumericRange SPEED = new NumericRange("Speed", 0.5, 20);

    private final EpisodeModel episode;
    private final PlaybackClock clock;
    private final IntegerProperty cursor = new SimpleIntegerProperty(this, "cursor");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 3.0);
    private final BooleanBinding atEnd;
    private final BooleanBinding atStart;

    public PlaybackModel(EpisodeModel episode, PlaybackClock clock) {
        this.episode = episode;
        this.clock = clock;
        cursor.set(beats());
        episode.scheduleProperty().addListener((observable, before, after) -> {
            boolean wasAtEnd = before == null || cursor.get() >= before.beatCount();
            cursor.set(wasAtEnd ? after.beatCount() : Math.min(cursor.get(), after.beatCount()));
        });
        atEnd = Bindings.createBooleanBinding(() -> cursor.get() >= beats(), cursor, episode.scheduleProperty());
        atStart = Bindings.createBooleanBinding(() -> cursor.get() <= 0, cursor);
        speed.addListener((observable, before, after) -> {
            if (playing.get()) {
                startClock();
            }
        });
    }

    private int beats() {
        return episode.scheduleProperty().get().beatCount();
    }

    /** Shows nothing of the episode, ready to step through it. Stops playing. */
    public void reset() {
        pause();
        cursor.set(0);
    }

    /** Reveals one more beat. Returns false at the end. */
    public boolean step() {
        if (cursor.get() >= beats()) {
            return false;
        }
        cursor.set(cursor.get() + 1);
        return true;
    }

    /** Hides the last revealed beat. */
    public void stepBack() {
        pause();
        cursor.set(Math.max(0, cursor.get() - 1));
    }

    /** Reveals the whole episode. */
    public void showAll() {
        pause();
        cursor.set(beats());
    }

    /** Moves to a beat, clamped to the episode. */
    public void seek(int beat) {
        cursor.set(Math.max(0, Math.min(beats(), beat)));
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Plays from the cursor (from the start when at the end) at {@link #speedProperty()} beats per second. */
    public void play() {
        if (cursor.get() >= beats()) {
            cursor.set(0);
        }
        playing.set(true);
        startClock();
    }

    private void startClock() {
        clock.start(1000.0 / speed.get(), () -> {
            if (!step()) {
                pause();
            }
        });
    }

    public void pause() {
        if (playing.get()) {
            clock.stop();
            playing.set(false);
        }
    }

    /** 0 to {@link BeatSchedule#beatCount()} of the current episode. */
    public IntegerProperty cursorProperty() {
        return cursor;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Beats per second, within {@link #SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    public ObservableBooleanValue atEnd() {
        return atEnd;
    }

    public ObservableBooleanValue atStart() {
        return atStart;
    }
}

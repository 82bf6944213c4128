package org.agenticrl.app.presenter;

import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.PlaybackClock;

/**
 * The lecture's stopwatch: the time it has run since it was last reset, paused and resumed by hand. The time comes
 * from a millisecond source, so pausing never loses or gains the part of a second between ticks; the shown time is
 * brought up to date by the refresh clock only while the timer runs and is {@link #shown} (a running clock keeps the
 * toolkit drawing frames). Use on the model's thread.
 */
public final class PresenterTimer {
    /** How often the shown time is brought up to date while the timer runs. */
    public static final double REFRESH_MILLIS = 250;

    private final LongSupplier millis;
    private final PlaybackClock refresh;
    private final ReadOnlyLongWrapper elapsed = new ReadOnlyLongWrapper(this, "elapsed", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final StringBinding text = Bindings.createStringBinding(() -> Format.duration(elapsed.get()), elapsed);
    private long before;
    private long since;
    private boolean shown;

    /**
     * @param millis the time now, in milliseconds from any fixed origin (a hand-driven one in tests)
     * @param refresh ticks every {@link #REFRESH_MILLIS} while the timer runs
     */
    public PresenterTimer(LongSupplier millis, PlaybackClock refresh) {
        this.millis = millis;
        this.refresh = refresh;
    }

    // Commands

    /** Runs from the time shown; nothing happens while it runs. */
    public void start() {
        if (!running.get()) {
            since = millis.getAsLong();
            running.set(true);
            refreshWhileShown();
        }
    }

    /** Stops at the time shown; nothing happens while it is paused. */
    public void pause() {
        if (running.get()) {
            update();
            before = elapsed.get();
            running.set(false);
            refresh.stop();
        }
    }

    public void toggle() {
        if (running.get()) {
            pause();
        } else {
            start();
        }
    }

    /** Whether someone looks at the time: only then is it kept up to date while it runs. */
    public void shown(boolean looked) {
        shown = looked;
        refreshWhileShown();
    }

    private void refreshWhileShown() {
        if (running.get()) {
            update();
        }
        if (running.get() && shown) {
            refresh.start(REFRESH_MILLIS, this::update);
        } else {
            refresh.stop();
        }
    }

    /** Back to 0:00; a running timer keeps running from there. */
    public void reset() {
        before = 0;
        since = millis.getAsLong();
        elapsed.set(0);
    }

    private void update() {
        elapsed.set(before + millis.getAsLong() - since);
    }

    // State

    /** Whether it has neither run nor been paused since it was created or reset: the lecture has not started. */
    public boolean untouched() {
        return !running.get() && elapsed.get() == 0;
    }

    /** The time it has run, in milliseconds, as of the last refresh (or pause) while shown. */
    public ReadOnlyLongProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "12:34", "1:02:03". */
    public StringBinding textProperty() {
        return text;
    }
}

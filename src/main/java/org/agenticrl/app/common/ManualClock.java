package org.agenticrl.app.common;

/** A playback clock that ticks only when told: playback without timers or sleeps (tests, the headless lesson frames). */
public final class ManualClock implements PlaybackClock {
    private Runnable tick;
    private double interval;

    @Override
    public void start(double intervalMillis, Runnable onTick) {
        this.interval = intervalMillis;
        this.tick = onTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    public boolean running() {
        return tick != null;
    }

    public double interval() {
        return interval;
    }

    public void tick(int times) {
        for (int i = 0; i < times && tick != null; i++) {
            tick.run();
        }
    }
}

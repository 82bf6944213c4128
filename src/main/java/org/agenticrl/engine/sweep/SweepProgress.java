package org.agenticrl.engine.sweep;

import java.util.OptionalDouble;

/**
 * How far a sweep has got. Immutable.
 *
 * @param runsDone the runs (one seed of one cell) finished and delivered
 * @param runs every run of the sweep
 * @param episodesDone training episodes trained so far, counting a finished run's whole plan (a run that diverged
 *                     trains fewer than it planned)
 * @param episodes the training episodes of every run together
 * @param seconds wall-clock seconds since the sweep started
 */
public record SweepProgress(int runsDone, int runs, long episodesDone, long episodes, double seconds) {
    /** Whether every run has finished. */
    public boolean complete() {
        return runsDone == runs;
    }

    /**
     * The seconds still to go if the rest runs as fast as what is done: the training episodes left at the rate so
     * far; empty until the first update.
     */
    public OptionalDouble secondsLeft() {
        if (episodesDone == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(seconds * (episodes - episodesDone) / episodesDone);
    }
}

package org.agenticrl.engine.sweep;

import org.agenticrl.engine.training.TrainingMetrics;

/**
 * What a running {@link Sweep} reports; every method does nothing unless overridden. All are called on the sweep's
 * worker threads, so a window hands what it receives to its own thread (or queues it and drains the queue once a
 * frame). {@link #runFinished} and {@link #cellFinished} are never called at the same time as each other:
 * deliveries are serialised, in the order of {@link SweepProgress#runsDone()}. A callback should be quick, since the
 * worker that calls it waits, and should not throw: an exception from one fails the sweep.
 */
public interface SweepListener {
    /**
     * After every update of every run, on the thread that trained it; several threads may call this at once.
     *
     * @param cell the cell's number (see {@link SweepPlan})
     */
    default void updated(int cell, int seedIndex, TrainingMetrics metrics) {
    }

    /**
     * After each run (one seed of one cell) is trained and evaluated: progress.runsDone() is 1, then 2, ..., each
     * once, and complete() in the last call only.
     */
    default void runFinished(int cell, SeedResult seed, SweepProgress progress) {
    }

    /** Once for each cell, right after the {@link #runFinished} of its last run to finish. */
    default void cellFinished(SweepCell cell) {
    }

    /** Exactly once, after every other call: the sweep completed, was cancelled or failed. */
    default void ended(SweepResult result) {
    }
}

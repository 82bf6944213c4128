package org.agenticrl.engine.sweep;

import java.util.List;
import java.util.Optional;

/**
 * How a sweep ended and the cells it finished. Immutable.
 *
 * @param plan what was swept
 * @param cells the finished cells, in cell order (see {@link SweepPlan}); all of them if completed
 * @param outcome completed, cancelled or failed
 * @param failure what made the sweep fail, if it failed
 * @param threads the worker threads it ran on
 * @param seconds wall-clock seconds from start to end
 */
public record SweepResult(SweepPlan plan, List<SweepCell> cells, Outcome outcome, Optional<Throwable> failure,
                          int threads, double seconds) {
    /** How a sweep ended. */
    public enum Outcome {
        /** Every run finished. */
        COMPLETED,
        /** {@link Sweep#cancel()} stopped it first. */
        CANCELLED,
        /** A run or a listener threw; the sweep stopped as if cancelled. */
        FAILED
    }

    public SweepResult {
        cells = List.copyOf(cells);
    }

    /** Finished cells per wall-clock second. */
    public double cellsPerSecond() {
        return cells.size() / seconds;
    }
}

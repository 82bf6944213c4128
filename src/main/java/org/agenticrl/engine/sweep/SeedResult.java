package org.agenticrl.engine.sweep;

import java.util.Optional;
import org.agenticrl.engine.training.Divergence;

/**
 * One run of a cell: one seed trained and evaluated. Immutable.
 *
 * @param seedIndex 0 for the cell's first run
 * @param seed the numpy seed training sampled from (evaluation sampled from the next one)
 * @param episodes the training episodes it ran: the cell's, or fewer if training diverged
 * @param metrics the trained policy measured on fresh episodes, and the last update's KL and loss
 * @param divergence why training stopped early, if it did; the metrics are then the last finite policy's
 */
public record SeedResult(int seedIndex, long seed, int episodes, SweepMetrics metrics,
                         Optional<Divergence> divergence) {
}

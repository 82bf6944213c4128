package org.agenticrl.app.training;

import java.util.List;
import org.agenticrl.engine.training.TrainingMetrics;

/**
 * A finished (or paused) run kept on the curves so that the next run can be compared with it.
 *
 * @param label what distinguished the run, e.g. "outcome · λ2 0.01 · grpo · sgd 3"
 * @param curve its updates, oldest first
 */
public record PinnedRun(String label, List<TrainingMetrics> curve) {
    public PinnedRun {
        curve = List.copyOf(curve);
    }
}

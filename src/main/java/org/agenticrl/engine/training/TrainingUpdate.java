package org.agenticrl.engine.training;

import java.util.List;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.policy.Policy;

/**
 * The result of one {@link Trainer#step()}: what the update measured, the policy it produced, and the group of
 * episodes it was made from. Immutable, and safe to hand to another thread.
 *
 * @param group the update's live episodes, in the order they were sampled, by the policy before the update
 */
public record TrainingUpdate(TrainingMetrics metrics, Policy policy, List<Trajectory> group) {
    public TrainingUpdate {
        group = List.copyOf(group);
    }
}

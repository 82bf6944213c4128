package org.agenticrl.engine.episode;

import java.util.List;
import org.agenticrl.engine.reward.OutcomeReward;

/**
 * A whole episode, the same type for both modes. Immutable.
 *
 * @param finalAnswer the finish call's argument, or null when the agent never finished
 * @param outcome the outcome reward for the final answer
 * @param totalReward every process reward and then the outcome reward, added in order from 0 as the seed adds them
 */
public record Trajectory(EpisodeMode mode, Task task, List<EpisodeStep> steps, String finalAnswer,
                         OutcomeReward.Judgement outcome, double totalReward) {
    public Trajectory {
        steps = List.copyOf(steps);
    }

    public boolean succeeded() {
        return outcome.correct();
    }

    /** The process rewards of steps 0 to stepIndex, added in step order: the running reward after that step. */
    public double processRewardsThrough(int stepIndex) {
        double total = 0.0;
        for (int i = 0; i <= stepIndex; i++) {
            total += steps.get(i).processReward().reward();
        }
        return total;
    }
}

package org.agenticrl.engine.training.gradient;

import org.agenticrl.engine.episode.Trajectory;

/**
 * An episode with the advantage of each of its steps, ready for the policy-gradient loss. Every token of a step gets
 * its step's advantage: rewards arrive once a step, after the tool has run, so the return-to-go of every token of a
 * step is its step's. Immutable.
 *
 * @param advantages one finite value per step of the trajectory; copied
 */
public record Rollout(Trajectory trajectory, double[] advantages) {
    public Rollout {
        if (advantages.length != trajectory.steps().size()) {
            throw new IllegalArgumentException("a rollout needs one advantage per step: " + trajectory.steps().size()
                    + " steps, " + advantages.length + " advantages");
        }
        advantages = advantages.clone();
    }

    @Override
    public double[] advantages() {
        return advantages.clone();
    }

    double advantage(int step) {
        return advantages[step];
    }
}

package org.agenticrl.engine.loss;

import java.util.List;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;

/** Which rewards reach the returns that the RL loss weighs. */
public enum RewardMode implements Identified {
    /**
     * The seed's shortcut: process rewards only. The +1/-1 outcome reward is printed but never enters its returns,
     * so the notebook's RL loss cannot tell a right final answer from a wrong one.
     */
    NOTEBOOK("notebook", "process rewards only (the outcome never reaches the RL loss)"),
    /** Every step's process reward, and the outcome reward added to the last step's. */
    PROCESS_AND_OUTCOME("process", "process rewards, with the outcome reward added at the last step"),
    /** Nothing but the outcome reward, at the last step: the sparse signal of single-turn RL. */
    OUTCOME_ONLY("outcome", "the outcome reward only, at the last step");

    private final String id;
    private final String description;

    RewardMode(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name on the command line: notebook, process or outcome. */
    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    /** The reward of each step under this mode. */
    public double[] stepRewards(Trajectory trajectory) {
        List<EpisodeStep> steps = trajectory.steps();
        double[] rewards = new double[steps.size()];
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = this == OUTCOME_ONLY ? 0.0 : steps.get(i).processReward().reward();
        }
        if (this != NOTEBOOK && rewards.length > 0) {
            rewards[rewards.length - 1] += trajectory.outcome().reward();
        }
        return rewards;
    }
}

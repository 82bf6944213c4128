package org.agenticrl.engine.training.advantage;

import java.util.Arrays;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.loss.LossCalculator;
import org.agenticrl.engine.numeric.NumpyMath;

/**
 * How the advantage of each step is estimated from the rewards of a batch of episodes (rewards already chosen by the
 * reward mode). The group estimators follow verl: each episode's rewards are first summed into one scalar R_i, and
 * every token of episode i gets the same A_i.
 */
public enum AdvantageEstimator implements Identified {
    /** The seed's compute_rl_loss: each step's discounted return minus the mean return of the same episode. */
    NOTEBOOK("each step's return minus the mean return of its own episode (the seed's)"),
    /** Return-to-go minus the {@link RunningBaseline} of earlier batches. */
    REINFORCE("each step's return-to-go minus a running mean of earlier episodes' returns"),
    /** A_i = (R_i - mean) / (std + 1e-6), the unbiased std of the group (verl). */
    GRPO("group-relative: (R - group mean) / (group std + 1e-6)"),
    /** A_i = R_i - mean: GRPO without the std, which favours no difficulty level (Dr. GRPO). */
    DRGRPO("group-relative without the std: R - group mean"),
    /** A_i = R_i - the mean of the other G - 1 episodes' rewards (REINFORCE leave-one-out). */
    RLOO("leave-one-out: R - mean of the other episodes of the group");

    /** verl's epsilon in GRPO's denominator. */
    public static final double GRPO_EPSILON = 1e-6;

    private final String description;

    AdvantageEstimator(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /** Whether the estimator compares the episodes of a group with each other, and so needs at least two. */
    public boolean comparesGroup() {
        return this == GRPO || this == DRGRPO || this == RLOO;
    }

    /**
     * The advantage of every step of every episode.
     *
     * @param stepRewards per episode, the reward of each of its steps; at least two episodes for a group estimator
     * @param gamma the discount of the returns (notebook and reinforce; the group estimators sum undiscounted)
     * @param baseline reinforce's running baseline (ignored by the others)
     * @return per episode, one advantage per step
     */
    public double[][] advantages(double[][] stepRewards, double gamma, RunningBaseline baseline) {
        if (comparesGroup() && stepRewards.length < 2) {
            throw new IllegalArgumentException(id() + " compares the episodes of a group: it needs at least 2, got "
                    + stepRewards.length);
        }
        double[][] advantages = new double[stepRewards.length][];
        double[] scalars = comparesGroup() ? groupAdvantages(episodeRewards(stepRewards)) : null;
        for (int i = 0; i < stepRewards.length; i++) {
            if (comparesGroup()) {
                advantages[i] = new double[stepRewards[i].length];
                Arrays.fill(advantages[i], scalars[i]);
            } else {
                double[] returns = LossCalculator.discountedReturns(stepRewards[i], gamma);
                advantages[i] = minus(returns, this == NOTEBOOK ? meanOrZero(returns) : baseline.value());
            }
        }
        return advantages;
    }

    /** R_i: each episode's rewards summed in step order. */
    public static double[] episodeRewards(double[][] stepRewards) {
        double[] totals = new double[stepRewards.length];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = NumpyMath.sequentialSum(stepRewards[i]);
        }
        return totals;
    }

    private double[] groupAdvantages(double[] rewards) {
        int g = rewards.length;
        double sum = NumpyMath.sequentialSum(rewards);
        double mean = sum / g;
        double squares = 0.0;
        for (double reward : rewards) {
            squares += (reward - mean) * (reward - mean);
        }
        double std = Math.sqrt(squares / (g - 1));
        double[] advantages = new double[g];
        for (int i = 0; i < g; i++) {
            advantages[i] = switch (this) {
                case GRPO -> (rewards[i] - mean) / (std + GRPO_EPSILON);
                case DRGRPO -> rewards[i] - mean;
                case RLOO -> rewards[i] - (sum - rewards[i]) / (g - 1);
                default -> throw new AssertionError(id() + " is not a group estimator");
            };
        }
        return advantages;
    }

    private static double meanOrZero(double[] values) {
        return values.length == 0 ? 0.0 : NumpyMath.mean(values);
    }

    private static double[] minus(double[] values, double baseline) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] - baseline;
        }
        return result;
    }
}

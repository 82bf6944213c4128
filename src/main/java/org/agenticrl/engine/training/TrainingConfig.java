package org.agenticrl.engine.training;

import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * Everything that decides a training run besides the scenario and the starting policy. The same config on the same
 * scenario and policy gives the same run, bit for bit. Immutable; {@link #defaults()} is tuned so that the seed
 * scenario is learnt (see src/site/markdown/training.md, "Defaults, and why").
 *
 * @param seed the numpy seed of the one random stream every training episode samples from, 0 to 2^32 - 1
 * @param groupSize episodes per update, 1 to {@value #MAX_GROUP}; the group the group estimators compare (then at
 *                  least 2). All episodes of a group run the same task.
 * @param estimator how advantages are estimated
 * @param loss gamma, lambda1, lambda2, the reward mode and the SFT and KL variants of the loss
 * @param optimizer SGD or Adam
 * @param learningRate positive and finite
 * @param maxGradientNorm the global gradient norm is clipped to this before each step; positive, and
 *                        {@code Double.POSITIVE_INFINITY} turns clipping off
 */
public record TrainingConfig(long seed, int groupSize, AdvantageEstimator estimator, LossSettings loss,
                             OptimizerKind optimizer, double learningRate, double maxGradientNorm) {
    public static final int MAX_GROUP = 256;

    public TrainingConfig {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 4294967295, got " + seed);
        }
        if (estimator == null || loss == null || optimizer == null) {
            throw new IllegalArgumentException("the estimator, the loss settings and the optimizer must be given");
        }
        int minimum = estimator.comparesGroup() ? 2 : 1;
        if (groupSize < minimum || groupSize > MAX_GROUP) {
            throw new IllegalArgumentException("the group size must be between " + minimum + " and " + MAX_GROUP
                    + (minimum > 1 ? " for " + estimator.id() + ", which compares the episodes of a group" : "")
                    + ", got " + groupSize);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive finite number, got " + learningRate);
        }
        if (!(maxGradientNorm > 0)) {
            throw new IllegalArgumentException("the gradient-norm bound must be positive (infinite: no clipping), got "
                    + maxGradientNorm);
        }
    }

    /** The tuned defaults, with the seed 0. */
    public static TrainingConfig defaults() {
        LossSettings loss = new LossSettings(LossSettings.SEED_GAMMA, 0.1, 0.01, RewardMode.PROCESS_AND_OUTCOME,
                SftVariant.EXACT, KlVariant.EXACT);
        return new TrainingConfig(0, 8, AdvantageEstimator.GRPO, loss, OptimizerKind.SGD, 3.0, 1.0);
    }

    /**
     * The episodes a run asked to train for {@code episodes} really trains: updates take whole groups, so the number
     * is rounded up to a multiple of the group size (5 with groups of 8 trains 8).
     *
     * @param episodes 1 to {@code Integer.MAX_VALUE - MAX_GROUP}
     */
    public int episodesInWholeGroups(int episodes) {
        if (episodes < 1 || episodes > Integer.MAX_VALUE - MAX_GROUP) {
            throw new IllegalArgumentException("training episodes must be between 1 and "
                    + (Integer.MAX_VALUE - MAX_GROUP) + ", got " + episodes);
        }
        return (episodes + groupSize - 1) / groupSize * groupSize;
    }

    /** Whether the gradient is clipped at all. */
    public boolean clips() {
        return maxGradientNorm != Double.POSITIVE_INFINITY;
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(value, groupSize, estimator, loss, optimizer, learningRate, maxGradientNorm);
    }

    public TrainingConfig withGroupSize(int value) {
        return new TrainingConfig(seed, value, estimator, loss, optimizer, learningRate, maxGradientNorm);
    }

    public TrainingConfig withEstimator(AdvantageEstimator value) {
        return new TrainingConfig(seed, groupSize, value, loss, optimizer, learningRate, maxGradientNorm);
    }

    public TrainingConfig withLoss(LossSettings value) {
        return new TrainingConfig(seed, groupSize, estimator, value, optimizer, learningRate, maxGradientNorm);
    }

    public TrainingConfig withOptimizer(OptimizerKind value) {
        return new TrainingConfig(seed, groupSize, estimator, loss, value, learningRate, maxGradientNorm);
    }

    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(seed, groupSize, estimator, loss, optimizer, value, maxGradientNorm);
    }

    public TrainingConfig withMaxGradientNorm(double value) {
        return new TrainingConfig(seed, groupSize, estimator, loss, optimizer, learningRate, value);
    }
}

package org.agenticrl.engine.sweep;

import org.agenticrl.engine.Identified;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.training.TrainingConfig;

/** A training setting that a sweep varies along one of its axes; its id is the axis name on the command line. */
public enum SweepParameter implements Identified {
    LAMBDA1("the weight of L_SFT, 0 to " + LossSettings.MAX_LAMBDA),
    LAMBDA2("the weight of L_KL, 0 to " + LossSettings.MAX_LAMBDA),
    LR("the learning rate, positive"),
    GROUP("episodes per update, a whole number from 1 (2 for the group estimators) to " + TrainingConfig.MAX_GROUP),
    GAMMA("the discount, 0 to 1");

    private final String description;

    SweepParameter(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * The config with this setting at value and every other setting kept.
     *
     * @throws IllegalArgumentException if the config refuses the value (out of range, or a group size that the
     *                                  config's estimator cannot use), saying why, or if a group size is not whole
     */
    public TrainingConfig apply(TrainingConfig config, double value) {
        return switch (this) {
            case LAMBDA1 -> config.withLoss(config.loss().withLambda1(value));
            case LAMBDA2 -> config.withLoss(config.loss().withLambda2(value));
            case LR -> config.withLearningRate(value);
            case GROUP -> config.withGroupSize(groupSize(value));
            case GAMMA -> config.withLoss(config.loss().withGamma(value));
        };
    }

    private static int groupSize(double value) {
        if (!(value == Math.rint(value) && value >= 0 && value <= TrainingConfig.MAX_GROUP)) {
            throw new IllegalArgumentException("the group size must be a whole number from 1 to "
                    + TrainingConfig.MAX_GROUP + ", got " + value);
        }
        return (int) value;
    }
}

package org.agenticrl.app.training;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.app.objective.ObjectiveModel;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * The knobs of a training run, starting at the engine's tuned defaults; {@link #config()} turns them into the
 * engine's {@link TrainingConfig}. Every number is a {@link NumberInput}, always within its range; whole numbers
 * (seed, group, episodes) are whole-number ranges.
 */
public final class TrainingSettings {
    /** Typed rates may go up to where numbers overflow, to show a divergence; the slider stops at 1000. */
    public static final NumericRange LEARNING_RATE = new NumericRange("Learning rate", 0.001, 1e308);
    public static final double LEARNING_RATE_SLIDER_MAX = 1000;
    /** The gradient-norm bound; 0 turns clipping off. */
    public static final NumericRange CLIP = new NumericRange("Clip norm", 0, 100);
    public static final NumericRange GROUP = new NumericRange("Group size", 1, 64, true);
    public static final NumericRange EPISODES = new NumericRange("Episodes", 8, 20000, true);
    public static final NumericRange SEED = new NumericRange("Seed", 0, 4294967295.0, true);
    /** Updates per second; the last value means as fast as the machine goes. */
    public static final double[] SPEEDS = {2, 10, 30, 120, Double.POSITIVE_INFINITY};
    private static final int EPISODES_DEFAULT = 2000;
    private static final double SPEED_DEFAULT = 30;

    private final TrainingConfig defaults = TrainingConfig.defaults();
    private final ObjectProperty<AdvantageEstimator> estimator = new SimpleObjectProperty<>(this, "estimator", defaults.estimator());
    private final NumberInput groupSize = new NumberInput(GROUP, defaults.groupSize(), 0);
    private final ObjectProperty<RewardMode> rewardMode = new SimpleObjectProperty<>(this, "rewardMode", defaults.loss().rewardMode());
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer", defaults.optimizer());
    private final NumberInput learningRate = new NumberInput(LEARNING_RATE, defaults.learningRate(), 3);
    private final NumberInput lambda1 = new NumberInput(ObjectiveModel.LAMBDA1, defaults.loss().lambda1(), 3);
    private final NumberInput lambda2 = new NumberInput(ObjectiveModel.LAMBDA2, defaults.loss().lambda2(), 3);
    private final ObjectProperty<SftVariant> sft = new SimpleObjectProperty<>(this, "sft", defaults.loss().sft());
    private final ObjectProperty<KlVariant> kl = new SimpleObjectProperty<>(this, "kl", defaults.loss().kl());
    private final NumberInput clip = new NumberInput(CLIP, defaults.maxGradientNorm(), 2);
    private final NumberInput seed = new NumberInput(SEED, defaults.seed(), 0);
    private final NumberInput episodes = new NumberInput(EPISODES, EPISODES_DEFAULT, 0);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", SPEED_DEFAULT);

    /**
     * The engine's config for these settings.
     *
     * @throws IllegalArgumentException with a message for people when the combination is not allowed (e.g. GRPO
     *                                  with a group of one)
     */
    public TrainingConfig config() {
        LossSettings loss = new LossSettings(LossSettings.SEED_GAMMA, lambda1.get(), lambda2.get(), rewardMode.get(),
                sft.get(), kl.get());
        return new TrainingConfig((long) seed.get(), (int) groupSize.get(), estimator.get(), loss, optimizer.get(),
                learningRate.get(), clip.get() == 0 ? Double.POSITIVE_INFINITY : clip.get());
    }

    /** Takes the loss panel's weights, reward mode and variants, so that training optimises the objective shown. */
    public void useLoss(LossSettings loss) {
        lambda1.set(loss.lambda1());
        lambda2.set(loss.lambda2());
        rewardMode.set(loss.rewardMode());
        sft.set(loss.sft());
        kl.set(loss.kl());
    }

    /** A short description of a config, for the legend of a pinned run: "process · λ1 0.1 · λ2 0.01 exact · grpo×8 · sgd 3". */
    public static String describe(TrainingConfig config) {
        LossSettings loss = config.loss();
        return loss.rewardMode().id() + " \u00b7 " + ObjectiveModel.weightsText(loss) + " " + loss.kl().id() + " \u00b7 "
                + config.estimator().id() + "\u00d7" + config.groupSize() + " \u00b7 " + config.optimizer().id() + " "
                + Format.compact(config.learningRate());
    }

    public ObjectProperty<AdvantageEstimator> estimatorProperty() {
        return estimator;
    }

    /** Episodes per update (a group, for the group estimators). */
    public NumberInput groupSize() {
        return groupSize;
    }

    public ObjectProperty<RewardMode> rewardModeProperty() {
        return rewardMode;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public NumberInput learningRate() {
        return learningRate;
    }

    public NumberInput lambda1() {
        return lambda1;
    }

    public NumberInput lambda2() {
        return lambda2;
    }

    public ObjectProperty<SftVariant> sftProperty() {
        return sft;
    }

    public ObjectProperty<KlVariant> klProperty() {
        return kl;
    }

    /** The global gradient norm is clipped to this before each update; 0 means no clipping. */
    public NumberInput clip() {
        return clip;
    }

    /** The numpy seed of the run's sampling: the same seed replays the same run. */
    public NumberInput seed() {
        return seed;
    }

    /** Training stops after this many episodes. */
    public NumberInput episodes() {
        return episodes;
    }

    /** Updates per second, one of {@link #SPEEDS}. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}

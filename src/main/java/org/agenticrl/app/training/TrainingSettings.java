package org.agenticrl.app.training;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;

/**
 * The knobs of a training run, starting at the engine's tuned defaults; {@link #config()} turns them into the
 * engine's {@link TrainingConfig}. Whole numbers (seed, group, episodes) are held as doubles so that they bind to the
 * same slider-and-field control as the rest.
 */
public final class TrainingSettings {
    /** Typed rates may go up to where numbers overflow, to show a divergence; the slider stops at 1000. */
    public static final NumericRange LEARNING_RATE = new NumericRange("Learning rate", 0.001, 1e308);
    public static final double LEARNING_RATE_SLIDER_MAX = 1000;
    /** The gradient-norm bound; 0 turns clipping off. */
    public static final NumericRange CLIP = new NumericRange("Clip norm", 0, 100);
    public static final NumericRange GROUP = new NumericRange("Group size", 1, 64, true);
    public static final NumericRange EPISODES = new NumericRange("Episodes", 8, 20000, true);
    public static final NumericRange LAMBDA = new NumericRange("\u03bb", 0, 2);
    public static final NumericRange SEED = new NumericRange("Seed", 0, 4294967295.0, true);
    /** Updates per second; the last value means as fast as the machine goes. */
    public static final double[] SPEEDS = {2, 10, 30, 120, Double.POSITIVE_INFINITY};

    private final TrainingConfig defaults = TrainingConfig.defaults();
    private final ObjectProperty<AdvantageEstimator> estimator = new SimpleObjectProperty<>(this, "estimator", defaults.estimator());
    private final DoubleProperty groupSize = new SimpleDoubleProperty(this, "groupSize", defaults.groupSize());
    private final ObjectProperty<RewardMode> rewardMode = new SimpleObjectProperty<>(this, "rewardMode", defaults.loss().rewardMode());
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer", defaults.optimizer());
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", defaults.learningRate());
    private final DoubleProperty lambda1 = new SimpleDoubleProperty(this, "lambda1", defaults.loss().lambda1());
    private final DoubleProperty lambda2 = new SimpleDoubleProperty(this, "lambda2", defaults.loss().lambda2());
    private final ObjectProperty<SftVariant> sft = new SimpleObjectProperty<>(this, "sft", defaults.loss().sft());
    private final ObjectProperty<KlVariant> kl = new SimpleObjectProperty<>(this, "kl", defaults.loss().kl());
    private final DoubleProperty clip = new SimpleDoubleProperty(this, "clip", defaults.maxGradientNorm());
    private final DoubleProperty seed = new SimpleDoubleProperty(this, "seed", defaults.seed());
    private final DoubleProperty episodes = new SimpleDoubleProperty(this, "episodes", 2000);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 30);

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

    /** A short description of a config, for the legend of a pinned run. */
    public static String describe(TrainingConfig config) {
        LossSettings loss = config.loss();
        return String.format(java.util.Locale.ROOT, "%s \u00b7 \u03bb1 %s \u00b7 \u03bb2 %s %s \u00b7 %s\u00d7%d \u00b7 %s %s",
                loss.rewardMode().id(), trim(loss.lambda1()), trim(loss.lambda2()), loss.kl().id(),
                config.estimator().id(), config.groupSize(), config.optimizer().id(), trim(config.learningRate()));
    }

    private static String trim(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value).replaceAll("\\.?0+$", "");
    }

    public ObjectProperty<AdvantageEstimator> estimatorProperty() {
        return estimator;
    }

    /** Episodes per update (a group, for the group estimators). */
    public DoubleProperty groupSizeProperty() {
        return groupSize;
    }

    public ObjectProperty<RewardMode> rewardModeProperty() {
        return rewardMode;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public DoubleProperty lambda1Property() {
        return lambda1;
    }

    public DoubleProperty lambda2Property() {
        return lambda2;
    }

    public ObjectProperty<SftVariant> sftProperty() {
        return sft;
    }

    public ObjectProperty<KlVariant> klProperty() {
        return kl;
    }

    /** The global gradient norm is clipped to this before each update; 0 means no clipping. */
    public DoubleProperty clipProperty() {
        return clip;
    }

    public DoubleProperty seedProperty() {
        return seed;
    }

    /** Training stops after this many episodes. */
    public DoubleProperty episodesProperty() {
        return episodes;
    }

    /** Updates per second, one of {@link #SPEEDS}. */
    public DoubleProperty speedProperty() {
        return speed;
    }
}

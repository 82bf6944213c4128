package org.agenticrl.app.objective;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;

/**
 * The loss panel's knobs (gamma, lambda1, lambda2, reward mode, SFT and KL variants) and the engine's
 * {@link LossBreakdown} for the current episode, recomputed once per change of a knob, the episode or the policy.
 * Starts at the seed's settings, so the panel first shows the seed's 0.326, 6.813, 0.500 and 1.013.
 */
public final class ObjectiveModel {
    public static final NumericRange GAMMA = new NumericRange("γ", 0, 1);
    public static final NumericRange LAMBDA1 = new NumericRange("λ1", 0, 2);
    public static final NumericRange LAMBDA2 = new NumericRange("λ2", 0, 2);

    private final EpisodeModel episode;
    private final DoubleProperty gamma = new SimpleDoubleProperty(this, "gamma", LossSettings.SEED_GAMMA);
    private final DoubleProperty lambda1 = new SimpleDoubleProperty(this, "lambda1", LossSettings.SEED_LAMBDA1);
    private final DoubleProperty lambda2 = new SimpleDoubleProperty(this, "lambda2", LossSettings.SEED_LAMBDA2);
    private final ObjectProperty<RewardMode> rewardMode = new SimpleObjectProperty<>(this, "rewardMode", RewardMode.NOTEBOOK);
    private final ObjectProperty<SftVariant> sft = new SimpleObjectProperty<>(this, "sft", SftVariant.NOTEBOOK);
    private final ObjectProperty<KlVariant> kl = new SimpleObjectProperty<>(this, "kl", KlVariant.NOTEBOOK);
    private final ReadOnlyObjectWrapper<LossBreakdown> breakdown = new ReadOnlyObjectWrapper<>(this, "breakdown");

    public ObjectiveModel(EpisodeModel episode) {
        this.episode = episode;
        for (ObservableValue<?> input : new ObservableValue<?>[] {gamma, lambda1, lambda2, rewardMode, sft, kl,
                episode.trajectoryProperty()}) {
            input.addListener((observable, before, after) -> recompute());
        }
        recompute();
    }

    private void recompute() {
        if (!GAMMA.contains(gamma.get()) || !LAMBDA1.contains(lambda1.get()) || !LAMBDA2.contains(lambda2.get())) {
            return;
        }
        LossSettings settings = new LossSettings(gamma.get(), lambda1.get(), lambda2.get(), rewardMode.get(), sft.get(),
                kl.get());
        breakdown.set(episode.scenario().lossCalculator().compute(episode.trajectory(), episode.currentPolicy(),
                episode.currentReference(), settings));
    }

    /** The episode's total reward, which the reward mode splits over the steps. */
    public double totalReward() {
        return episode.trajectory().totalReward();
    }

    /** The settings the current breakdown was computed with. */
    public LossSettings settings() {
        return breakdown.get().settings();
    }

    /** Back to the seed notebook's settings. */
    public void resetToNotebook() {
        LossSettings seed = LossSettings.notebook();
        gamma.set(seed.gamma());
        lambda1.set(seed.lambda1());
        lambda2.set(seed.lambda2());
        rewardMode.set(seed.rewardMode());
        sft.set(seed.sft());
        kl.set(seed.kl());
    }

    /** Within {@link #GAMMA}; values outside are ignored. */
    public DoubleProperty gammaProperty() {
        return gamma;
    }

    /** Within {@link #LAMBDA1}; values outside are ignored. */
    public DoubleProperty lambda1Property() {
        return lambda1;
    }

    /** Within {@link #LAMBDA2}; values outside are ignored. */
    public DoubleProperty lambda2Property() {
        return lambda2;
    }

    public ObjectProperty<RewardMode> rewardModeProperty() {
        return rewardMode;
    }

    public ObjectProperty<SftVariant> sftProperty() {
        return sft;
    }

    public ObjectProperty<KlVariant> klProperty() {
        return kl;
    }

    /** The engine's numbers for the current episode and settings. */
    public ReadOnlyObjectProperty<LossBreakdown> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }
}

package org.agenticrl.app.objective;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.agenticrl.app.common.Format;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.app.common.NumericRange;
import org.agenticrl.app.episode.EpisodeModel;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.UpdatePreview;

/**
 * The loss panel's knobs (γ, λ1, λ2, reward mode, SFT and KL variants) and the engine's {@link LossBreakdown} of
 * L = L_RL + λ1 L_SFT + λ2 L_KL for the current episode, recomputed once per change of a knob, the episode or the
 * policy. The numbers are {@link NumberInput}s, so they are always within range: a bad value is refused, never
 * half-applied. Starts at the seed's settings, so the panel first shows the seed's 0.326, 6.813, 0.500 and 1.013.
 */
public final class ObjectiveModel {
    public static final NumericRange GAMMA = new NumericRange("\u03b3", 0, 1);
    /** The engine's bound; any weight in it can be typed. */
    public static final NumericRange LAMBDA1 = new NumericRange("\u03bb1", 0, LossSettings.MAX_LAMBDA);
    public static final NumericRange LAMBDA2 = new NumericRange("\u03bb2", 0, LossSettings.MAX_LAMBDA);
    /** Where the weights' sliders stop: the interesting range; larger weights are typed. */
    public static final double LAMBDA_SLIDER_MAX = 2;
    /** The step size η of the previewed update. */
    public static final NumericRange STEP_SIZE = new NumericRange("\u03b7", 0, UpdatePreview.MAX_STEP_SIZE);
    public static final double STEP_SIZE_SLIDER_MAX = 10;
    /**
     * The default η: the learning rate training's SGD uses by default, so that the preview shows what one update of
     * the Training tab would do on this episode alone (its gradient norm, 0.43 for the seed's episode, is under the
     * clipping bound). On the seed's episode it moves π('calculate(' | 'Action:') from 40% to 56%: visible on a
     * projector, not absurd.
     */
    public static final double STEP_SIZE_DEFAULT = TrainingConfig.defaults().learningRate();
    private static final int DECIMALS = 3;

    private final EpisodeModel episode;
    private final NumberInput gamma = new NumberInput(GAMMA, LossSettings.SEED_GAMMA, DECIMALS);
    private final NumberInput lambda1 = new NumberInput(LAMBDA1, LossSettings.SEED_LAMBDA1, DECIMALS);
    private final NumberInput lambda2 = new NumberInput(LAMBDA2, LossSettings.SEED_LAMBDA2, DECIMALS);
    private final ObjectProperty<RewardMode> rewardMode = new SimpleObjectProperty<>(this, "rewardMode", RewardMode.NOTEBOOK);
    private final ObjectProperty<SftVariant> sft = new SimpleObjectProperty<>(this, "sft", SftVariant.NOTEBOOK);
    private final ObjectProperty<KlVariant> kl = new SimpleObjectProperty<>(this, "kl", KlVariant.NOTEBOOK);
    private final NumberInput stepSize = new NumberInput(STEP_SIZE, STEP_SIZE_DEFAULT, 2);
    private final ReadOnlyObjectWrapper<LossBreakdown> breakdown = new ReadOnlyObjectWrapper<>(this, "breakdown");
    private final ReadOnlyObjectWrapper<UpdatePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private boolean batching;

    public ObjectiveModel(EpisodeModel episode) {
        this.episode = episode;
        // Invalidation, not change: an episode recomputed under an equal policy is an equal trajectory, and the
        // preview, which the token view matches to the episode by identity, must still be made for the new one.
        for (Observable input : new Observable[] {gamma.valueProperty(), lambda1.valueProperty(),
                lambda2.valueProperty(), rewardMode, sft, kl, stepSize.valueProperty(), episode.trajectoryProperty()}) {
            input.addListener(invalidated -> recompute());
        }
        recompute();
    }

    private void recompute() {
        if (batching) {
            return;
        }
        LossSettings settings = new LossSettings(gamma.get(), lambda1.get(), lambda2.get(), rewardMode.get(), sft.get(),
                kl.get());
        LossBreakdown losses = episode.scenario().lossCalculator().compute(episode.trajectory(), episode.currentPolicy(),
                episode.currentReference(), settings);
        breakdown.set(losses);
        preview.set(UpdatePreview.of(episode.scenario(), episode.trajectory(), losses, episode.currentPolicy(),
                episode.currentReference(), stepSize.get()));
    }

    /** The episode's total reward, which the reward mode splits over the steps. */
    public double totalReward() {
        return episode.trajectory().totalReward();
    }

    /** The settings the current breakdown was computed with. */
    public LossSettings settings() {
        return breakdown.get().settings();
    }

    /** The weights of the loss's terms, as chart titles write them: "λ1 0.1 · λ2 0.01". */
    public String weightsText() {
        return weightsText(settings());
    }

    /** A loss's weights as chart titles and legends write them: "λ1 0.1 · λ2 0.01". */
    public static String weightsText(LossSettings loss) {
        return "\u03bb1 " + Format.compact(loss.lambda1()) + " \u00b7 \u03bb2 " + Format.compact(loss.lambda2());
    }

    /**
     * The waterfall's title on a slide: the loss and every setting it depends on, e.g. "L = L_RL + λ1·L_SFT + λ2·L_KL
     * of this episode · λ1 0.1 · λ2 0.01 · γ 0.99 · rewards notebook · SFT notebook · KL notebook".
     */
    public String chartTitle() {
        LossSettings settings = settings();
        return "L = L_RL + \u03bb1\u00b7L_SFT + \u03bb2\u00b7L_KL of this episode \u00b7 " + weightsText() + " \u00b7 \u03b3 "
                + Format.compact(settings.gamma()) + " \u00b7 rewards " + settings.rewardMode().id() + " \u00b7 SFT "
                + settings.sft().id() + " \u00b7 KL " + settings.kl().id();
    }

    /** Back to the seed notebook's settings, recomputed once. */
    public void resetToNotebook() {
        LossSettings seed = LossSettings.notebook();
        batching = true;
        try {
            gamma.set(seed.gamma());
            lambda1.set(seed.lambda1());
            lambda2.set(seed.lambda2());
            rewardMode.set(seed.rewardMode());
            sft.set(seed.sft());
            kl.set(seed.kl());
        } finally {
            batching = false;
        }
        recompute();
    }

    /** The discount of the returns, within {@link #GAMMA}. */
    public NumberInput gamma() {
        return gamma;
    }

    /** The weight of L_SFT, within {@link #LAMBDA1}. */
    public NumberInput lambda1() {
        return lambda1;
    }

    /** The weight of L_KL, within {@link #LAMBDA2}. */
    public NumberInput lambda2() {
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

    /** The step size η of the previewed update, within {@link #STEP_SIZE}. */
    public NumberInput stepSize() {
        return stepSize;
    }

    /**
     * What one SGD step of size η on this episode's L would do to the policy, per term; published after the
     * breakdown, so that a listener of the preview finds the breakdown and {@link #settings()} up to date.
     */
    public ReadOnlyObjectProperty<UpdatePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}

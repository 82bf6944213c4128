package org.agenticrl.app.objective;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.agenticrl.app.common.NumberInput;
import org.agenticrl.engine.loss.KlVariant;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.SftVariant;

/**
 * The loss's settings as inputs, the same on the Episode tab's loss panel and in the Training tab's settings: λ1 and
 * λ2 (within {@link ObjectiveModel#LAMBDA1} and {@link ObjectiveModel#LAMBDA2}), the reward mode and the SFT and KL
 * variants. The discount γ is not among them: only the loss panel sets it.
 */
public final class LossInputs {
    private static final int DECIMALS = 3;

    private final NumberInput lambda1;
    private final NumberInput lambda2;
    private final ObjectProperty<RewardMode> rewardMode;
    private final ObjectProperty<SftVariant> sft;
    private final ObjectProperty<KlVariant> kl;

    /** Inputs holding initial's weights, reward mode and variants. */
    public LossInputs(LossSettings initial) {
        lambda1 = new NumberInput(ObjectiveModel.LAMBDA1, initial.lambda1(), DECIMALS);
        lambda2 = new NumberInput(ObjectiveModel.LAMBDA2, initial.lambda2(), DECIMALS);
        rewardMode = new SimpleObjectProperty<>(this, "rewardMode", initial.rewardMode());
        sft = new SimpleObjectProperty<>(this, "sft", initial.sft());
        kl = new SimpleObjectProperty<>(this, "kl", initial.kl());
    }

    /** The engine's settings of these inputs with the discount gamma. */
    public LossSettings settings(double gamma) {
        return new LossSettings(gamma, lambda1.get(), lambda2.get(), rewardMode.get(), sft.get(), kl.get());
    }

    /** Takes loss's weights, reward mode and variants (not its γ). */
    public void set(LossSettings loss) {
        lambda1.set(loss.lambda1());
        lambda2.set(loss.lambda2());
        rewardMode.set(loss.rewardMode());
        sft.set(loss.sft());
        kl.set(loss.kl());
    }

    /** What changes when any input changes, for listeners that recompute. */
    Observable[] observables() {
        return new Observable[] {lambda1.valueProperty(), lambda2.valueProperty(), rewardMode, sft, kl};
    }

    /** The weight of L_SFT. */
    public NumberInput lambda1() {
        return lambda1;
    }

    /** The weight of L_KL. */
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
}

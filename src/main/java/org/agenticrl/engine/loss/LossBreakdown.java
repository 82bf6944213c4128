package org.agenticrl.engine.loss;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of L = L_RL + lambda1 L_SFT + lambda2 L_KL for one trajectory, with every variant of L_SFT and L_KL
 * computed so that the notebook's and the exact value can be shown side by side. Immutable.
 *
 * @param steps the per-step rows of L_RL
 * @param rl L_RL = sum of -log pi * A, added in step order from 0 as the seed adds them
 * @param sftByVariant L_SFT under every variant, in declaration order
 * @param klByVariant L_KL under every variant, in declaration order
 * @param total L_RL + lambda1 L_SFT + lambda2 L_KL with the chosen variants, added left to right
 */
public record LossBreakdown(LossSettings settings, List<StepLoss> steps, double rl, Map<SftVariant, Double> sftByVariant,
                            Map<KlVariant, Double> klByVariant, double total) {
    public LossBreakdown {
        steps = List.copyOf(steps);
        sftByVariant = Collections.unmodifiableMap(new EnumMap<>(sftByVariant));
        klByVariant = Collections.unmodifiableMap(new EnumMap<>(klByVariant));
    }

    /** L_SFT with the chosen variant. */
    public double sft() {
        return sftByVariant.get(settings.sft());
    }

    /** L_KL with the chosen variant. */
    public double kl() {
        return klByVariant.get(settings.kl());
    }

    /** lambda1 * L_SFT. */
    public double weightedSft() {
        return settings.lambda1() * sft();
    }

    /** lambda2 * L_KL. */
    public double weightedKl() {
        return settings.lambda2() * kl();
    }

    /** The per-step baseline (the same for every step with the notebook's estimator), or 0 with no steps. */
    public double baseline() {
        return steps.isEmpty() ? 0.0 : steps.get(0).baseline();
    }
}

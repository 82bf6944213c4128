package org.agenticrl.engine.training.gradient;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of the batch loss L = L_RL + lambda1 L_SFT + lambda2 L_KL, each term the mean over the batch's episodes.
 *
 * @param rl L_RL: the mean over episodes of the sum over steps of -log pi(step) * A(step)
 * @param weightedSft lambda1 * L_SFT with the chosen SFT variant
 * @param weightedKl lambda2 * L_KL with the chosen KL variant
 * @param klToReference the mean over episodes of the exact KL(pi || pi_ref) summed over the generated positions,
 *                      whatever the loss uses
 */
public record ObjectiveValue(double rl, double weightedSft, double weightedKl, double klToReference) {
    /** L_RL + lambda1 L_SFT + lambda2 L_KL, added left to right. */
    public double total() {
        return rl + weightedSft + weightedKl;
    }

    /** Whether every number is finite. */
    public boolean isFinite() {
        return nonFiniteTerms().isEmpty();
    }

    /** The names of the numbers that are NaN or infinite, e.g. "lambda1 L_SFT, KL to the reference"; "" if none. */
    public String nonFiniteTerms() {
        List<String> names = new ArrayList<>();
        addIfNotFinite(names, "L_RL", rl);
        addIfNotFinite(names, "lambda1 L_SFT", weightedSft);
        addIfNotFinite(names, "lambda2 L_KL", weightedKl);
        addIfNotFinite(names, "KL to the reference", klToReference);
        return String.join(", ", names);
    }

    private static void addIfNotFinite(List<String> names, String name, double value) {
        if (!Double.isFinite(value)) {
            names.add(name);
        }
    }
}

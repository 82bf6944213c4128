package org.agenticrl.engine.training.gradient;

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
        return Double.isFinite(rl) && Double.isFinite(weightedSft) && Double.isFinite(weightedKl)
                && Double.isFinite(klToReference);
    }
}

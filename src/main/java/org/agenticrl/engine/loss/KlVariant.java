package org.agenticrl.engine.loss;

import org.agenticrl.engine.Identified;

/**
 * How L_KL is computed. With l = log pi(token) and r = log pi_ref(token) at a generated position, summed over every
 * position of the trajectory (the formulas of TRL and verl).
 */
public enum KlVariant implements Identified {
    /**
     * The seed's proxy: it invents reference log-probs as the current ones minus 0.5, so its "KL" is always 0.5
     * whatever the policy does, and its gradient is zero.
     */
    NOTEBOOK("a constant 0.5: the reference is faked as log \u03c0 \u2212 0.5, so it never measures drift"),
    /** sum over positions of KL(pi || pi_ref) over the full vocabulary. */
    EXACT("the full-vocabulary KL(\u03c0 \u2016 \u03c0_ref), summed over the generated positions"),
    /** sum of l - r at the sampled tokens: unbiased, can be negative. */
    K1("the sampled estimator k1 = l - r"),
    /** sum of (l - r)^2 / 2. */
    K2("the sampled estimator k2 = (l - r)^2 / 2"),
    /** sum of exp(r - l) - (r - l) - 1: unbiased and never negative (TRL GRPO, verl low_var_kl). */
    K3("the sampled estimator k3 = exp(r - l) - (r - l) - 1");

    private final String description;

    KlVariant(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}

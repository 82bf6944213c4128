package org.agenticrl.app.distribution;

/**
 * How one previewed update changes one token's probability at the selected context, and which term causes how much.
 *
 * @param rl the first-order change L_RL's part of the step causes
 * @param sft the first-order change λ1·L_SFT's part causes
 * @param kl the first-order change λ2·L_KL's part causes (exactly 0 for the notebook's constant KL)
 * @param before π before the update
 * @param after π after the update (exact, not first-order)
 */
public record TermChange(String token, double rl, double sft, double kl, double before, double after) {
}

package org.agenticrl.app.episode;

import org.agenticrl.engine.generation.TokenStep;
import org.agenticrl.engine.policy.TokenDistribution;

/**
 * The selected position of the episode, as the token-distribution view shows it.
 *
 * @param step 0-based step index
 * @param token 0-based token index within the step
 * @param position what was recorded there: context, distribution, chosen token, log-prob
 * @param reference the reference policy's distribution in the same context
 * @param trained whether the current policy has its own row for this context (so that it can differ from the reference)
 */
public record SelectedPosition(int step, int token, TokenStep position, TokenDistribution reference, boolean trained) {
}

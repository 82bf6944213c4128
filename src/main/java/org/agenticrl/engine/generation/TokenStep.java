package org.agenticrl.engine.generation;

import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.TokenDistribution;

/**
 * One generated (or scored) position: what the policy conditioned on, the whole next-token distribution it had there,
 * the token that was chosen and its log-probability as it was scored.
 *
 * @param logProb log pi(token | context); in the seed's scripted scoring log(pi + 1e-10), see {@link Generator#score}
 */
public record TokenStep(Context context, TokenDistribution distribution, int token, double logProb) {
}

package org.agenticrl.app.common;

/**
 * One bar of the token-distribution chart.
 *
 * @param token the token's text
 * @param probability pi(token | context) under the current policy
 * @param logProbability log pi(token | context), always finite
 * @param referenceProbability pi_ref(token | context)
 * @param chosen whether this is the token the episode wrote at the position
 */
public record Bar(String token, double probability, double logProbability, double referenceProbability, boolean chosen) {
}

package org.agenticrl.engine.loss;

/**
 * One row of the RL loss: the step's reward, its discounted return, the baseline, the advantage, the action's
 * log-probability and its term -log pi * A.
 *
 * @param step 1 for the first step
 */
public record StepLoss(int step, double reward, double ret, double baseline, double advantage, double logProb,
                       double term) {
}

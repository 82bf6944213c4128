package org.agenticrl.engine.loss;

/**
 * One row of the RL loss: the step's reward, its discounted return, the baseline, the advantage, the action's
 * log-probability and its term -log pi * A.
 *
 * @param step 1 for the first step
 * @param discountedReturn G = r + gamma * G of the next step
 */
public record StepLoss(int step, double reward, double discountedReturn, double baseline, double advantage,
                       double logProb, double term) {
}

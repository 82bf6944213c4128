package org.agenticrl.engine.training;

import org.agenticrl.engine.training.gradient.ObjectiveValue;

/**
 * What one update saw and did; every number is finite. Immutable.
 *
 * @param update 1 for the first update
 * @param episodes the number of training episodes so far, this update's included
 * @param batch the update's episodes, run by the policy before the update
 * @param loss the batch loss at that policy: L_RL, lambda1 L_SFT, lambda2 L_KL and the exact KL to the reference
 * @param gradientNorm the global norm of the gradient before clipping
 */
public record TrainingMetrics(int update, int episodes, EpisodeStats batch, ObjectiveValue loss, double gradientNorm) {
}

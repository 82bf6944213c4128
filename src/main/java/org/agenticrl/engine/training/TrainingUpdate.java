package org.agenticrl.engine.training;

import org.agenticrl.engine.policy.Policy;

/**
 * The result of one {@link Trainer#step()}: what the update measured, and the policy it produced. Immutable, and safe
 * to hand to another thread.
 */
public record TrainingUpdate(TrainingMetrics metrics, Policy policy) {
}

package org.agenticrl.engine.training.optimizer;

import java.util.Map;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.training.gradient.LogitGradient;

/**
 * A first-order optimizer over the policy's logit rows. An optimizer may keep state between steps (Adam's moments),
 * keyed by context in the order contexts were first seen, so that the same steps give the same rows bit for bit.
 * Not thread-safe: one optimizer belongs to one training run.
 */
public interface Optimizer {
    /**
     * One descent step.
     *
     * @param policy the policy the gradient was taken at; its logits are the starting point
     * @param gradient d loss / d logits at policy, already clipped if clipping is on
     * @return the new logit rows of every context this step moves, in a deterministic order; values may be
     *         non-finite when the step overflows, which the caller must check
     */
    Map<Context, double[]> step(Policy policy, LogitGradient gradient);
}

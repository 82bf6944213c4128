package org.agenticrl.engine.training.optimizer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.training.gradient.LogitGradient;

/** Plain gradient descent, z <- z - lr * g, on the contexts the gradient touches. Stateless. */
final class SgdOptimizer implements Optimizer {
    private final double learningRate;

    SgdOptimizer(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public Map<Context, double[]> step(Policy policy, LogitGradient gradient) {
        Map<Context, double[]> rows = new LinkedHashMap<>();
        for (Context context : gradient.contexts()) {
            double[] logits = policy.logits(context);
            double[] g = gradient.row(context);
            for (int v = 0; v < logits.length; v++) {
                logits[v] -= learningRate * g[v];
            }
            rows.put(context, logits);
        }
        return rows;
    }
}

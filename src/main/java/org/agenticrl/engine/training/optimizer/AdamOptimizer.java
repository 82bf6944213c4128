package org.agenticrl.engine.training.optimizer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.training.gradient.LogitGradient;

/**
 * Adam (Kingma and Ba) with bias correction and torch's defaults (beta1 0.9, beta2 0.999, eps 1e-8), as if the whole
 * logit table were one dense parameter: a context with moments but no gradient this step gets a zero gradient, so its
 * moments decay and it keeps moving, exactly as a dense Adam moves a row whose gradient is zero. Contexts that never
 * had a gradient have zero moments and do not move. Moments are kept in the order contexts were first seen.
 */
final class AdamOptimizer implements Optimizer {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final double learningRate;
    private final Map<Context, Moments> moments = new LinkedHashMap<>();
    private int steps;

    private record Moments(double[] first, double[] second) {
    }

    AdamOptimizer(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public Map<Context, double[]> step(Policy policy, LogitGradient gradient) {
        int size = policy.vocabulary().size();
        for (Context context : gradient.contexts()) {
            moments.computeIfAbsent(context, c -> new Moments(new double[size], new double[size]));
        }
        steps++;
        double firstCorrection = 1.0 - Math.pow(BETA1, steps);
        double secondCorrection = 1.0 - Math.pow(BETA2, steps);
        Map<Context, double[]> rows = new LinkedHashMap<>();
        moments.forEach((context, m) -> {
            double[] g = gradient.row(context);
            double[] logits = policy.logits(context);
            for (int v = 0; v < size; v++) {
                m.first[v] = BETA1 * m.first[v] + (1.0 - BETA1) * g[v];
                m.second[v] = BETA2 * m.second[v] + (1.0 - BETA2) * g[v] * g[v];
                double firstUnbiased = m.first[v] / firstCorrection;
                double secondUnbiased = m.second[v] / secondCorrection;
                logits[v] -= learningRate * firstUnbiased / (Math.sqrt(secondUnbiased) + EPSILON);
            }
            rows.put(context, logits);
        });
        return rows;
    }
}

package org.agenticrl.engine.training.gradient;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.TokenDistribution;

/**
 * The gradient of a scalar loss with respect to the policy's logits: one row per {@link Context} the loss touches,
 * in the order the contexts were first touched (so iterating it is deterministic). Contexts the loss does not touch
 * have a zero gradient and no row.
 *
 * <p>For the softmax policy pi = softmax(z / T), the two derivatives everything is built from are
 * <ul>
 *   <li>d log(pi(a) + eps) / dz = pi(a) / (pi(a) + eps) * (onehot(a) - pi) / T (eps = 0 for the exact log-probability),
 *   <li>d KL(pi || ref) / dz = pi * (log pi - log ref - KL(pi || ref)) / T.
 * </ul>
 * Rows are added to only while the {@link TrainingObjective} builds the gradient; afterwards it is read-only.
 */
public final class LogitGradient {
    private final Map<Context, double[]> rows = new LinkedHashMap<>();
    private final int size;
    private final double temperature;

    /**
     * An all-zero gradient.
     *
     * @param size the vocabulary size, the length of every row
     * @param temperature the policy's temperature T
     */
    LogitGradient(int size, double temperature) {
        this.size = size;
        this.temperature = temperature;
    }

    private double[] touch(Context context) {
        return rows.computeIfAbsent(context, c -> new double[size]);
    }

    /**
     * Adds weight * d log(pi(token | context) + epsilon) / dz.
     *
     * @param pi the policy's distribution at the context
     * @param epsilon what the score added inside the logarithm; 0 for the exact log-probability
     */
    void addLogProb(Context context, TokenDistribution pi, int token, double epsilon, double weight) {
        if (weight == 0.0) {
            return;
        }
        double p = pi.probability(token);
        double scale = (epsilon == 0.0 ? weight : weight * p / (p + epsilon)) / temperature;
        double[] row = touch(context);
        for (int v = 0; v < row.length; v++) {
            row[v] -= scale * pi.probability(v);
        }
        row[token] += scale;
    }

    /** Adds weight * d KL(pi || ref) / dz, the full-vocabulary KL at one context. */
    void addKl(Context context, TokenDistribution pi, TokenDistribution ref, double weight) {
        if (weight == 0.0) {
            return;
        }
        double kl = pi.klDivergenceFrom(ref);
        double scale = weight / temperature;
        double[] row = touch(context);
        for (int v = 0; v < row.length; v++) {
            row[v] += scale * pi.probability(v) * (pi.logProbability(v) - ref.logProbability(v) - kl);
        }
    }

    /** The contexts with a row, in first-touch order. */
    public Set<Context> contexts() {
        return Collections.unmodifiableSet(rows.keySet());
    }

    /** The gradient row of a context as a fresh array; all zeros when the loss does not touch the context. */
    public double[] row(Context context) {
        double[] row = rows.get(context);
        return row == null ? new double[size] : row.clone();
    }

    /**
     * The Euclidean norm over every row together (the "global norm" that gradient clipping looks at). Not finite
     * when an entry is not, or when the entries are too large to square.
     */
    public double globalNorm() {
        double sum = 0.0;
        for (double[] row : rows.values()) {
            for (double value : row) {
                sum += value * value;
            }
        }
        return Math.sqrt(sum);
    }

    /**
     * This gradient scaled down so that its global norm is at most maxNorm, as gradient-norm clipping does
     * (torch's {@code clip_grad_norm_}); this gradient itself when it is already within the bound.
     *
     * @param maxNorm positive; {@code Double.POSITIVE_INFINITY} never clips
     */
    public LogitGradient clippedTo(double maxNorm) {
        double norm = globalNorm();
        if (!(norm > maxNorm)) {
            return this;
        }
        double factor = maxNorm / norm;
        LogitGradient clipped = new LogitGradient(size, temperature);
        rows.forEach((context, row) -> {
            double[] scaled = clipped.touch(context);
            for (int v = 0; v < row.length; v++) {
                scaled[v] = factor * row[v];
            }
        });
        return clipped;
    }
}

package org.agenticrl.engine.policy;

import java.util.Arrays;
import org.agenticrl.engine.numeric.NumpyMath;
import org.agenticrl.engine.numeric.NumpyRandom;

/**
 * A probability distribution over the vocabulary, with its log-probabilities and the cumulative table numpy samples
 * from. Immutable. Every probability and log-probability is finite: log-probabilities come from a log-softmax, so a
 * token whose probability underflows to 0 at a low temperature still has a finite (very negative) log-probability.
 */
public final class TokenDistribution {
    private final double[] probabilities;
    private final double[] logProbabilities;
    private final double[] cdf;

    private TokenDistribution(double[] probabilities, double[] logProbabilities) {
        this.probabilities = probabilities;
        this.logProbabilities = logProbabilities;
        this.cdf = NumpyMath.choiceCdf(probabilities);
    }

    /**
     * Wraps probabilities that already sum to one, as the seed's table does; the log-probabilities are
     * {@code Math.log} of each, as the seed's {@code np.log(probs[i])}.
     *
     * @param probabilities positive and summing to one within rounding; copied
     */
    public static TokenDistribution ofProbabilities(double[] probabilities) {
        double[] p = probabilities.clone();
        for (double value : p) {
            if (!(value > 0) || !Double.isFinite(value)) {
                throw new IllegalArgumentException("probabilities must be positive and finite");
            }
        }
        return new TokenDistribution(p, Arrays.stream(p).map(Math::log).toArray());
    }

    /**
     * softmax(logits / temperature), computed stably: the largest scaled logit is subtracted before exponentiating.
     *
     * @param logits finite values; copied
     * @param temperature positive and finite
     */
    public static TokenDistribution ofLogits(double[] logits, double temperature) {
        if (!(temperature > 0) || !Double.isFinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
        int size = logits.length;
        double[] scaled = new double[size];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(logits[i])) {
                throw new IllegalArgumentException("logit " + i + " is not finite: " + logits[i]);
            }
            scaled[i] = logits[i] / temperature;
            max = Math.max(max, scaled[i]);
        }
        double total = 0.0;
        double[] p = new double[size];
        for (int i = 0; i < size; i++) {
            scaled[i] -= max;
            p[i] = Math.exp(scaled[i]);
            total += p[i];
        }
        double logTotal = Math.log(total);
        double[] logP = new double[size];
        for (int i = 0; i < size; i++) {
            p[i] /= total;
            logP[i] = scaled[i] - logTotal;
        }
        return new TokenDistribution(p, logP);
    }

    public int size() {
        return probabilities.length;
    }

    public double probability(int token) {
        return probabilities[token];
    }

    public double logProbability(int token) {
        return logProbabilities[token];
    }

    /** A copy of all probabilities in vocabulary order. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** A copy of all log-probabilities in vocabulary order. */
    public double[] logProbabilities() {
        return logProbabilities.clone();
    }

    /** The most probable token; the lowest id among ties, as {@code np.argmax}. */
    public int argmax() {
        int best = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[best]) {
                best = i;
            }
        }
        return best;
    }

    /** One draw, as {@code np.random.choice(n, p=probabilities)} would make it with the same random state. */
    public int sample(NumpyRandom random) {
        return random.choice(cdf);
    }

    /** Shannon entropy in nats. */
    public double entropy() {
        double h = 0.0;
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] > 0) {
                h -= probabilities[i] * logProbabilities[i];
            }
        }
        return h;
    }

    /** KL(this || other) = sum_v p(v) (log p(v) - log q(v)), over the full vocabulary, in nats. */
    public double klDivergenceFrom(TokenDistribution other) {
        double kl = 0.0;
        for (int i = 0; i < probabilities.length; i++) {
            kl += probabilities[i] * (logProbabilities[i] - other.logProbabilities[i]);
        }
        return kl;
    }
}

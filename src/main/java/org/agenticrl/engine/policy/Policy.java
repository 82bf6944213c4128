package org.agenticrl.engine.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.agenticrl.engine.text.Vocabulary;

/**
 * The tiny language model as a learnable softmax policy: one row of logits per {@link Context}, all starting as the
 * log of the pre-trained table's row for the context's previous token, and a sampling temperature.
 *
 * <p>Immutable: training makes a new policy with {@link #withLogits(Map)}; the frozen reference policy is simply the
 * policy training started from. Only contexts that training changed store their own row; every other context shares
 * the pre-trained row. At temperature 1 an unchanged context's distribution is the pre-trained table itself, so the
 * untrained policy reproduces the seed's numbers to the bit. Distributions are computed once per context and cached;
 * the policy is safe to share between threads.
 */
public final class Policy {
    public static final double MIN_TEMPERATURE = 0.01;
    public static final double MAX_TEMPERATURE = 5.0;

    private final PretrainedTable table;
    private final double temperature;
    private final Map<Context, double[]> trainedLogits;
    private final TokenDistribution[] pretrainedDistributions;
    private final Map<Context, TokenDistribution> trainedDistributions = new ConcurrentHashMap<>();

    private Policy(PretrainedTable table, double temperature, Map<Context, double[]> trainedLogits) {
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw new IllegalArgumentException("temperature must be between " + MIN_TEMPERATURE + " and "
                    + MAX_TEMPERATURE + ", got " + temperature);
        }
        this.table = table;
        this.temperature = temperature;
        this.trainedLogits = trainedLogits;
        this.pretrainedDistributions = new TokenDistribution[table.vocabulary().size()];
    }

    /** The untrained policy at temperature 1. */
    public static Policy pretrained(PretrainedTable table) {
        return new Policy(table, 1.0, Map.of());
    }

    /**
     * The same logits sampled at another temperature.
     *
     * @throws IllegalArgumentException if the temperature is outside [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}]
     */
    public Policy withTemperature(double newTemperature) {
        return newTemperature == temperature ? this : new Policy(table, newTemperature, trainedLogits);
    }

    /**
     * A policy whose rows for the given contexts are replaced; every other row is kept.
     *
     * @param updated new logit rows, each of vocabulary size and finite; copied
     */
    public Policy withLogits(Map<Context, double[]> updated) {
        Map<Context, double[]> merged = new LinkedHashMap<>(trainedLogits);
        int size = table.vocabulary().size();
        updated.forEach((context, row) -> {
            if (row.length != size) {
                throw new IllegalArgumentException("a logit row must have " + size + " entries, got " + row.length);
            }
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("logits must be finite");
                }
            }
            merged.put(context, row.clone());
        });
        return new Policy(table, temperature, Collections.unmodifiableMap(merged));
    }

    /** The policy with the same temperature and the pre-trained logits everywhere. */
    public Policy reset() {
        return new Policy(table, temperature, Map.of());
    }

    public Vocabulary vocabulary() {
        return table.vocabulary();
    }

    public PretrainedTable table() {
        return table;
    }

    public double temperature() {
        return temperature;
    }

    /** pi(. | context) at this policy's temperature. */
    public TokenDistribution distribution(Context context) {
        double[] logits = trainedLogits.get(context);
        if (logits == null) {
            return pretrainedDistribution(context.previous());
        }
        return trainedDistributions.computeIfAbsent(context, c -> TokenDistribution.ofLogits(logits, temperature));
    }

    private TokenDistribution pretrainedDistribution(int previous) {
        TokenDistribution cached = pretrainedDistributions[previous];
        if (cached == null) {
            cached = temperature == 1.0
                    ? TokenDistribution.ofProbabilities(table.sharedProbabilities(previous))
                    : TokenDistribution.ofLogits(table.sharedLogits(previous), temperature);
            pretrainedDistributions[previous] = cached;
        }
        return cached;
    }

    /** The logits of a context as a fresh array: its trained row, or the pre-trained log-probabilities. */
    public double[] logits(Context context) {
        double[] logits = trainedLogits.get(context);
        return logits != null ? logits.clone() : table.logits(context.previous());
    }

    /** Whether training has given this context a row of its own. */
    public boolean isTrained(Context context) {
        return trainedLogits.containsKey(context);
    }

    /** The contexts with rows of their own, in the order training first touched them. */
    public Set<Context> trainedContexts() {
        return trainedLogits.keySet();
    }
}

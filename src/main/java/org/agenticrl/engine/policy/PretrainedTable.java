package org.agenticrl.engine.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.agenticrl.engine.numeric.NumpyMath;
import org.agenticrl.engine.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * The "pre-trained" next-token table of the seed's {@code get_next_token_probs}, generalised to any vocabulary:
 * every token starts at a base probability; after a token with listed successors each successor gets
 * {@code boostMass / count}; after any other token the fallback token gets the fallback probability; the row is then
 * divided by its numpy sum. With the seed's numbers (0.01, 0.8, 'Action:' 0.3) every row equals the seed's to the bit.
 * Immutable.
 */
public final class PretrainedTable {
    private final Vocabulary vocabulary;
    private final double[][] rows;
    private final double[][] logRows;

    /**
     * @param transitions successors listed per previous token; every token must be in the vocabulary, lists non-empty
     * @param fallbackToken the token boosted after a token with no listed successors, if any
     * @throws IllegalArgumentException naming the token or number that is not acceptable
     */
    public PretrainedTable(Vocabulary vocabulary, Map<String, List<String>> transitions, double baseProbability,
                           double boostMass, @Nullable String fallbackToken, double fallbackProbability) {
        requirePositiveFinite("baseProbability", baseProbability);
        requirePositiveFinite("boostMass", boostMass);
        if (fallbackToken != null) {
            requirePositiveFinite("fallback probability", fallbackProbability);
        }
        this.vocabulary = vocabulary;
        int size = vocabulary.size();
        int[][] successors = new int[size][];
        transitions.forEach((previous, next) -> {
            int previousId = vocabulary.require(previous);
            if (next == null || next.isEmpty()) {
                throw new IllegalArgumentException("transitions after '" + previous + "' list no token");
            }
            int[] ids = next.stream().mapToInt(vocabulary::require).toArray();
            if (Arrays.stream(ids).distinct().count() != ids.length) {
                throw new IllegalArgumentException("transitions after '" + previous + "' list a token twice");
            }
            successors[previousId] = ids;
        });
        int fallbackId = fallbackToken == null ? -1 : vocabulary.require(fallbackToken);
        this.rows = new double[size][];
        this.logRows = new double[size][];
        for (int previous = 0; previous < size; previous++) {
            double[] p = new double[size];
            Arrays.fill(p, baseProbability);
            if (successors[previous] != null) {
                double boosted = boostMass / successors[previous].length;
                for (int next : successors[previous]) {
                    p[next] = boosted;
                }
            } else if (fallbackId >= 0) {
                p[fallbackId] = fallbackProbability;
            }
            rows[previous] = NumpyMath.normalize(p);
            logRows[previous] = Arrays.stream(rows[previous]).map(Math::log).toArray();
        }
    }

    private static void requirePositiveFinite(String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
        }
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The normalised row P(next | previous) as a fresh array, in vocabulary order. */
    public double[] probabilities(int previous) {
        return rows[previous].clone();
    }

    /** The natural logarithm of each entry of {@link #probabilities(int)}: the row as logits. Fresh array. */
    public double[] logits(int previous) {
        return logRows[previous].clone();
    }

    /** The same row without a copy; callers must not modify it. */
    double[] sharedProbabilities(int previous) {
        return rows[previous];
    }

    /** The same logits without a copy; callers must not modify them. */
    double[] sharedLogits(int previous) {
        return logRows[previous];
    }
}

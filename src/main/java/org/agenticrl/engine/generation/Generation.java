package org.agenticrl.engine.generation;

import java.util.List;
import org.agenticrl.engine.text.Vocabulary;

/**
 * A generated token sequence with a record of every position. Immutable.
 *
 * @param steps one entry per token, in order
 * @param scoringEpsilon what was added inside the logarithm when scoring (0 for generation, 1e-10 for the seed's script)
 */
public record Generation(List<TokenStep> steps, double scoringEpsilon) {
    public Generation {
        steps = List.copyOf(steps);
    }

    public int[] tokens() {
        return steps.stream().mapToInt(TokenStep::token).toArray();
    }

    public double[] logProbs() {
        return steps.stream().mapToDouble(TokenStep::logProb).toArray();
    }

    /** The tokens joined by single spaces, as the seed's {@code ' '.join(tokens)}. */
    public String text(Vocabulary vocabulary) {
        return vocabulary.decode(tokens());
    }

    /** Python's {@code sum(log_probs)}: left to right from 0. */
    public double totalLogProb() {
        double total = 0.0;
        for (TokenStep step : steps) {
            total += step.logProb();
        }
        return total;
    }
}

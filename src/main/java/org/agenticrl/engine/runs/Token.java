package org.agenticrl.engine.runs;

import java.util.List;

/**
 * One generated token with its log-probability and, when the format records them, the most probable alternatives at
 * its position (the chosen token may be among them).
 */
public record Token(String text, double logProb, List<Alternative> alternatives) {
    /** A token the model could have written instead, with its log-probability. */
    public record Alternative(String text, double logProb) {
    }

    public Token {
        alternatives = List.copyOf(alternatives);
    }

    /**
     * The entropy in nats of the recorded alternatives renormalised to sum to one: a lower bound's stand-in for the
     * full distribution's entropy, which no format records. NaN when there are no alternatives.
     */
    public double alternativesEntropy() {
        double total = alternatives.stream().mapToDouble(a -> Math.exp(a.logProb())).sum();
        if (alternatives.isEmpty() || total <= 0) {
            return Double.NaN;
        }
        double entropy = 0;
        for (Alternative alternative : alternatives) {
            double p = Math.exp(alternative.logProb()) / total;
            entropy -= p > 0 ? p * Math.log(p) : 0;
        }
        return entropy;
    }
}

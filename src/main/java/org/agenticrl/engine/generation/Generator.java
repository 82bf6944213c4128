package org.agenticrl.engine.generation;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.policy.TokenDistribution;

/**
 * Token-by-token generation as the seed's {@code generate_text}: the first token is conditioned on the start token,
 * each later one on the token before it, and generation stops after a stop token or at the token limit.
 * Also scores a given token sequence as the seed's scripted {@code generate_action} does. Stateless.
 */
public final class Generator {
    /** What the seed's scripted agent adds inside its logarithm: {@code np.log(probs[id] + 1e-10)}. */
    public static final double SEED_SCORING_EPSILON = 1e-10;

    private final int startToken;
    private final boolean[] stops;

    /**
     * @param startToken the token the first position is conditioned on (the seed's {@code prev_token = 'I'})
     * @param stopTokens tokens after which generation ends (the seed's ')' and '<eos>')
     * @param vocabularySize the number of tokens
     */
    public Generator(int startToken, int[] stopTokens, int vocabularySize) {
        this.startToken = startToken;
        this.stops = new boolean[vocabularySize];
        for (int stop : stopTokens) {
            stops[stop] = true;
        }
    }

    public int startToken() {
        return startToken;
    }

    public boolean isStop(int token) {
        return stops[token];
    }

    /**
     * Generates up to maxTokens tokens.
     *
     * @param history the episode summary every position is conditioned on
     * @param maxTokens at least 1
     */
    public Generation generate(Policy policy, String history, int maxTokens, TokenChooser chooser) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, got " + maxTokens);
        }
        List<TokenStep> steps = new ArrayList<>(Math.min(maxTokens, 32));
        int previous = startToken;
        for (int i = 0; i < maxTokens; i++) {
            Context context = new Context(history, previous);
            TokenDistribution distribution = policy.distribution(context);
            int token = chooser.choose(distribution);
            steps.add(new TokenStep(context, distribution, token, distribution.logProbability(token)));
            previous = token;
            if (stops[token]) {
                break;
            }
        }
        return new Generation(steps, 0.0);
    }

    /**
     * Scores a fixed token sequence, the first token conditioned on the start token.
     *
     * @param epsilon added to the probability inside the logarithm: 0 for the exact log-probability, or
     *                {@link #SEED_SCORING_EPSILON} to reproduce the seed's scripted agent
     */
    public Generation score(Policy policy, String history, int[] tokens, double epsilon) {
        List<TokenStep> steps = new ArrayList<>(tokens.length);
        int previous = startToken;
        for (int token : tokens) {
            Context context = new Context(history, previous);
            TokenDistribution distribution = policy.distribution(context);
            double logProb = epsilon == 0.0
                    ? distribution.logProbability(token)
                    : Math.log(distribution.probability(token) + epsilon);
            steps.add(new TokenStep(context, distribution, token, logProb));
            previous = token;
        }
        return new Generation(steps, epsilon);
    }
}

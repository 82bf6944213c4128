package org.agenticrl.engine.generation;

import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.TokenDistribution;

/** How the next token is picked from a distribution. */
@FunctionalInterface
public interface TokenChooser {
    int choose(TokenDistribution distribution);

    /** The most probable token, lowest id among ties ({@code np.argmax}). */
    static TokenChooser greedy() {
        return TokenDistribution::argmax;
    }

    /** A draw from the distribution with numpy's {@code np.random.choice}, consuming one sample of random. */
    static TokenChooser sampling(NumpyRandom random) {
        return distribution -> distribution.sample(random);
    }
}

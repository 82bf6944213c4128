package org.agenticrl.engine.loss;

/**
 * An expert demonstration for L_SFT: what a good agent writes at a point of the episode.
 *
 * @param history the episode summary the demonstration answers (empty: the first step)
 * @param tokens the expert's tokens after the start token, which is the prompt and is not scored
 */
public record Demonstration(String history, int[] tokens) {
    public Demonstration {
        tokens = tokens.clone();
        if (tokens.length == 0) {
            throw new IllegalArgumentException("a demonstration needs at least one token");
        }
    }

    @Override
    public int[] tokens() {
        return tokens.clone();
    }
}

package org.agenticrl.engine.episode;

import org.agenticrl.engine.generation.Generation;
import org.agenticrl.engine.generation.Generator;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.policy.Policy;

/** Where each step's action tokens come from: the seed's script, or the policy itself. */
public interface ActionSource {
    EpisodeMode mode();

    /**
     * The action of one step.
     *
     * @param stepIndex 0 for the first step
     * @param history what the policy conditions on in this step
     */
    Generation act(Policy policy, Generator generator, String history, int stepIndex);

    /**
     * The seed's scripted agent: step i writes script[i] (the last entry for every later step), and each token is
     * scored by the policy with the seed's log(pi + 1e-10), the first token conditioned on the start token.
     *
     * @param script one token-id sequence per step; at least one
     */
    static ActionSource scripted(int[][] script) {
        if (script.length == 0) {
            throw new IllegalArgumentException("a script needs at least one step");
        }
        int[][] steps = script.clone();
        return new ActionSource() {
            @Override
            public EpisodeMode mode() {
                return EpisodeMode.NOTEBOOK;
            }

            @Override
            public Generation act(Policy policy, Generator generator, String history, int stepIndex) {
                return generator.score(policy, history, steps[Math.min(stepIndex, steps.length - 1)],
                        Generator.SEED_SCORING_EPSILON);
            }
        };
    }

    /** The policy writes every action, up to maxTokens tokens a step, choosing each token with the chooser. */
    static ActionSource live(TokenChooser chooser, int maxTokens) {
        return new ActionSource() {
            @Override
            public EpisodeMode mode() {
                return EpisodeMode.LIVE;
            }

            @Override
            public Generation act(Policy policy, Generator generator, String history, int stepIndex) {
                return generator.generate(policy, history, maxTokens, chooser);
            }
        };
    }
}

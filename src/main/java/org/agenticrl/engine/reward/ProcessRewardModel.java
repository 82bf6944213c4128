package org.agenticrl.engine.reward;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense, per-step rewards from data-driven rules, evaluated in order; every rule that matches adds its reward, a
 * once-only rule only at the first step of an episode that it matches.
 * The seed scenario's rules give the seed's {@code get_process_reward} (+0.3 calculator result, +0.1 "need") and the
 * -0.2 for mistakes of the seed's reward table. Immutable.
 */
public final class ProcessRewardModel {
    private final List<RewardRule> rules;

    public ProcessRewardModel(List<RewardRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<RewardRule> rules() {
        return rules;
    }

    /** A scorer for the steps of one new episode, in order. */
    public EpisodeScorer newEpisode() {
        return new EpisodeScorer();
    }

    /** Scores one episode's steps in order; a once-only rule that fired at an earlier step does not fire again. */
    public final class EpisodeScorer {
        private final boolean[] spent = new boolean[rules.size()];

        private EpisodeScorer() {
        }

        public RewardBreakdown evaluate(StepFacts facts) {
            return ProcessRewardModel.this.evaluate(facts, spent);
        }
    }

    private RewardBreakdown evaluate(StepFacts facts, boolean[] spent) {
        double reward = 0.0;
        List<RewardRule> fired = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RewardRule rule = rules.get(i);
            if (!spent[i] && rule.when().matches(facts)) {
                reward += rule.reward();
                fired.add(rule);
                spent[i] = rule.once();
            }
        }
        return new RewardBreakdown(reward, fired);
    }
}

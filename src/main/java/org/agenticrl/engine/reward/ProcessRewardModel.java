package org.agenticrl.engine.reward;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense, per-step rewards from data-driven rules, evaluated in order; every rule that matches adds its reward.
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

    public RewardBreakdown evaluate(StepFacts facts) {
        double reward = 0.0;
        List<String> reasons = new ArrayList<>();
        for (RewardRule rule : rules) {
            if (rule.when().matches(facts)) {
                reward += rule.reward();
                reasons.add(rule.describe());
            }
        }
        return new RewardBreakdown(reward, reasons);
    }
}

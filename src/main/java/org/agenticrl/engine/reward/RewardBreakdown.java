package org.agenticrl.engine.reward;

import java.util.List;

/**
 * A reward and why it was given.
 *
 * @param reward the sum of the fired rules' rewards, added in rule order from 0.0 as the seed adds them
 * @param fired the rules that fired, in rule order; each carries its own reward as a number
 */
public record RewardBreakdown(double reward, List<RewardRule> fired) {
    public RewardBreakdown {
        fired = List.copyOf(fired);
    }

    /** One line per fired rule, as the seed prints them, e.g. "+0.3 used calculator". */
    public List<String> reasons() {
        return fired.stream().map(RewardRule::describe).toList();
    }
}

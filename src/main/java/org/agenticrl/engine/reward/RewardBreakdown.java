package org.agenticrl.engine.reward;

import java.util.List;

/**
 * A reward and why it was given.
 *
 * @param reward the sum of the fired rules' rewards, added in rule order from 0.0 as the seed adds them
 * @param reasons one line per fired rule, e.g. "+0.3 used calculator"
 */
public record RewardBreakdown(double reward, List<String> reasons) {
    public RewardBreakdown {
        reasons = List.copyOf(reasons);
    }
}

package org.agenticrl.engine.reward;

import org.agenticrl.engine.text.NumberStyle;

/**
 * One process reward rule, e.g. +0.3 "used calculator" when the calculator returned a result.
 *
 * @param reward finite, added to the step's process reward when the rule fires
 * @param reason a few words for the student, shown as "+0.3 used calculator"
 * @param once true when the rule fires at most once per episode (the first matching step), so that repeating a
 *             rewarded step earns nothing more
 */
public record RewardRule(double reward, String reason, RewardCondition when, boolean once) {
    public RewardRule {
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("a reward must be a finite number, got " + reward);
        }
    }

    /** A rule that fires at every matching step, as the seed's rules do. */
    public RewardRule(double reward, String reason, RewardCondition when) {
        this(reward, reason, when, false);
    }

    /** "+0.3 used calculator", as the seed writes its reasons. */
    public String describe() {
        return NumberStyle.TERMINAL.reward(reward) + " " + reason;
    }
}

package org.agenticrl.engine.reward;

/**
 * One process reward rule, e.g. +0.3 "used calculator" when the calculator returned a result.
 *
 * @param reward finite, added to the step's process reward when the rule fires
 * @param reason a few words for the student, shown as "+0.3 used calculator"
 */
public record RewardRule(double reward, String reason, RewardCondition when) {
    public RewardRule {
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("a reward must be a finite number, got " + reward);
        }
    }

    /** "+0.3 used calculator", as the seed writes its reasons. */
    public String describe() {
        return RewardFormat.signed(reward) + " " + reason;
    }
}

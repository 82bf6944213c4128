package org.agenticrl.engine.reward;

import org.jspecify.annotations.Nullable;

/**
 * The sparse reward for the final answer, as the seed's {@code get_outcome_reward}: the answer and the expected one
 * are compared after trimming; no answer at all counts as wrong.
 *
 * @param correct the reward for a correct answer (the seed's +1.0)
 * @param wrong the reward for a wrong or missing answer (the seed's -1.0)
 */
public record OutcomeReward(double correct, double wrong) {
    public static final OutcomeReward SEED = new OutcomeReward(1.0, -1.0);

    /**
     * @param finalAnswer the finish call's argument; none when the episode ended without one
     * @param expected the task's answer
     */
    public Judgement judge(@Nullable String finalAnswer, String expected) {
        if (finalAnswer != null && finalAnswer.strip().equals(expected.strip())) {
            return new Judgement(correct, true, "Correct!");
        }
        return new Judgement(wrong, false, finalAnswer == null ? "Wrong (no answer given)" : "Wrong");
    }

    /** @param message "Correct!" or "Wrong", as the seed prints */
    public record Judgement(double reward, boolean correct, String message) {
    }
}

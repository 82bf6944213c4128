package org.agenticrl.app.episode;

import org.agenticrl.app.common.Format;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.reward.StepStatus;

/** What a step card of the timeline writes: the action's log-probability, the tool line, the reward chips and sums. */
final class StepSentences {
    /** The prefix of a tool's failure output, left out on the card: the card marks a failure by itself. */
    private static final String ERROR = "Error: ";

    private StepSentences() {
    }

    /** "log π = −1.23". */
    static String logProb(EpisodeStep step) {
        return "log \u03c0 = " + Format.fixed(step.logProb(), 2);
    }

    /** The log-probability's tooltip, with every digit. */
    static String logProbExact(EpisodeStep step) {
        return "log \u03c0 of the whole action, the sum over its tokens: " + Format.full(step.logProb());
    }

    /**
     * The call and its output ("→ calculator(2+2)   ⇒   4"); a step without a tool (a single-turn answer) shows its
     * output ("⇒ 4"), a failed one its output without the "Error: " prefix after a cross ("✗ unknown tool").
     */
    static String tool(EpisodeStep step) {
        if (step.tool() != null) {
            return "\u2192 " + step.tool() + "(" + step.toolInput() + ")   \u21d2   " + step.toolOutput();
        }
        if (step.status() == StepStatus.OK) {
            return "\u21d2 " + step.toolOutput();
        }
        String output = step.toolOutput();
        return "\u2717 " + (output.startsWith(ERROR) ? output.substring(ERROR.length()) : output);
    }

    /** A fired rule's chip: "+0.3 used calculator", "−0.2 tool error". */
    static String chip(RewardRule rule) {
        return Format.reward(rule.reward()) + " " + rule.reason();
    }

    /** "step reward +0.3  ·  process rewards so far +0.6". */
    static String rewards(double stepReward, double runningReward) {
        return "step reward " + Format.signed(stepReward, 1) + "  \u00b7  process rewards so far "
                + Format.signed(runningReward, 1);
    }
}

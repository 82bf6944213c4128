package org.agenticrl.app.episode;

import java.util.stream.Collectors;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * What a step card of the timeline writes: the action's log-probability, the tool line, the reward chips and sums; and
 * the card in words, for screen readers, in the order the card shows it. Stateless.
 */
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

    /**
     * "Step 1: I need to calculate this. Saw: What is 5 + 3? Wrote: calculate( 5 + 3 ). Called calculator(5 + 3),
     * got 8. Reward +0.4: +0.3 used calculator, +0.1 valid format." A step playback has not reached yet says so; one
     * under way says the tokens written so far.
     *
     * @param note what the scripted agent does in this step, in words
     * @param shownTokens how many of the action's tokens playback has shown
     * @param toolShown whether the tool's call, its output and the step's rewards are shown
     */
    static String card(EpisodeStep step, Vocabulary vocabulary, @Nullable String note, boolean started,
                              int shownTokens, boolean toolShown) {
        StringBuilder text = new StringBuilder("Step ").append(step.number()).append(": ");
        if (!started) {
            return text.append("not reached yet.").toString();
        }
        if (note != null) {
            text.append(note).append(". ");
        }
        text.append("Saw: ").append(step.observation()).append(" Wrote: ").append(step.generation().steps().stream()
                .limit(shownTokens).map(position -> vocabulary.token(position.token())).collect(Collectors.joining(" ")))
                .append('.');
        if (toolShown) {
            text.append(' ').append(outcome(step)).append(". Reward ")
                    .append(Format.signed(step.processReward().reward(), 1));
            if (!step.processReward().fired().isEmpty()) {
                text.append(": ").append(step.processReward().fired().stream().map(StepSentences::rule)
                        .collect(Collectors.joining(", ")));
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String outcome(EpisodeStep step) {
        if (step.tool() != null) {
            return "Called " + step.tool() + "(" + step.toolInput() + "), got " + step.toolOutput();
        }
        return (step.status() == StepStatus.OK ? "Answered: " : "Failed: ") + step.toolOutput();
    }

    /** What a screen reader says of a process reward's chip: "process reward +0.3, used calculator". */
    static String rewardChip(RewardRule rule) {
        return "process reward " + Format.signed(rule.reward(), 1) + ", " + rule.reason();
    }

    private static String rule(RewardRule rule) {
        return Format.signed(rule.reward(), 1) + " " + rule.reason();
    }
}

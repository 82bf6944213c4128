package org.agenticrl.app.episode;

import java.util.stream.Collectors;
import org.agenticrl.app.common.Format;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * A step card in words, for screen readers: what playback has shown of the step, in the order the card shows it.
 * Stateless.
 */
public final class StepSentences {
    private StepSentences() {
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
    public static String card(EpisodeStep step, Vocabulary vocabulary, @Nullable String note, boolean started,
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
    public static String rewardChip(RewardRule rule) {
        return "process reward " + Format.signed(rule.reward(), 1) + ", " + rule.reason();
    }

    private static String rule(RewardRule rule) {
        return Format.signed(rule.reward(), 1) + " " + rule.reason();
    }
}

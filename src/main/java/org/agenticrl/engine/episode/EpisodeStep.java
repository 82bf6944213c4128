package org.agenticrl.engine.episode;

import java.util.List;
import org.agenticrl.engine.environment.ParsedAction;
import org.agenticrl.engine.generation.Generation;
import org.agenticrl.engine.reward.RewardBreakdown;
import org.agenticrl.engine.reward.StepStatus;
import org.jspecify.annotations.Nullable;

/**
 * One think-act-observe step of an episode. Immutable.
 *
 * @param number 1 for the first step
 * @param observation the text the agent saw
 * @param history the summary the policy conditioned on (see {@link History})
 * @param generation the action's tokens as generated or scored, each with its context and distribution
 * @param text the action text, the tokens joined by spaces
 * @param parsed what the action parser read, or a single-turn model's {@link ParsedAction.Response}
 * @param tool the called tool's name; none when the text held no call (always for a single-turn response)
 * @param toolInput the normalised argument, or "" when there was no call
 * @param toolOutput the tool's output line, the parser's complaint, or a single-turn model's "ANSWER: ..."
 * @param recalled memory entries this step retrieved
 * @param capabilities the agentic capabilities this step exercises (see {@link Capability})
 */
public record EpisodeStep(int number, String observation, String history, Generation generation, String text,
                          ParsedAction parsed, @Nullable String tool, String toolInput, String toolOutput,
                          StepStatus status, RewardBreakdown processReward, List<String> recalled,
                          List<Capability> capabilities) {
    public EpisodeStep {
        recalled = List.copyOf(recalled);
        capabilities = List.copyOf(capabilities);
    }

    /** The same step with its action scored again, e.g. under another policy; everything else is kept. */
    public EpisodeStep withGeneration(Generation rescored) {
        return new EpisodeStep(number, observation, history, rescored, text, parsed, tool, toolInput, toolOutput, status,
                processReward, recalled, capabilities);
    }

    /** log pi of the whole action: the sum of its tokens' log-probabilities, as the seed sums them. */
    public double logProb() {
        return generation.totalLogProb();
    }
}

package org.agenticrl.app.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.reward.RewardRule;
import org.agenticrl.engine.reward.StepStatus;
import org.junit.jupiter.api.Test;

/** A step card's words, without JavaFX. */
class StepSentencesTest {
    private static EpisodeStep step(String tool, String output, StepStatus status) {
        return new EpisodeStep(1, "obs", "", null, "", null, tool, tool == null ? "" : "2+2", output, status, null,
                List.of(), List.of());
    }

    @Test
    void theToolLineShowsTheCallOrTheOutputAndAFailureWithoutItsErrorPrefix() {
        assertEquals("\u2192 calculator(2+2)   \u21d2   4", StepSentences.tool(step("calculator", "4", StepStatus.OK)));
        assertEquals("\u21d2 ANSWER: 4", StepSentences.tool(step(null, "ANSWER: 4", StepStatus.OK)));
        assertEquals("\u2717 no well-formed call", StepSentences.tool(step(null, "Error: no well-formed call",
                StepStatus.UNPARSEABLE)));
        assertEquals("\u2717 Errors: kept", StepSentences.tool(step(null, "Errors: kept", StepStatus.UNPARSEABLE)));
    }

    @Test
    void chipsAndSumsWriteRealMinusSigns() {
        assertEquals("\u22120.2 tool error", StepSentences.chip(new RewardRule(-0.2, "tool error", null)));
        assertEquals("+0.3 used calculator", StepSentences.chip(new RewardRule(0.3, "used calculator", null)));
        assertEquals("step reward \u22120.2  \u00b7  process rewards so far +0.1", StepSentences.rewards(-0.2, 0.1));
    }
}

package org.agenticrl.app.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.agenticrl.app.common.TestRuntime;
import org.agenticrl.app.session.SessionModel;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.text.Vocabulary;
import org.junit.jupiter.api.Test;

/** A step card in words says what playback has shown of it, and no more. */
class StepCardInWordsTest {
    private final SessionModel model = new SessionModel(ScenarioLoader.seed(), new TestRuntime().runtime);
    private final EpisodeStep first = model.episode().trajectory().steps().get(0);
    private final Vocabulary vocabulary = model.episode().scenario().vocabulary();

    @Test
    void aStepNotReachedSaysOnlyThat() {
        assertEquals("Step 1: not reached yet.", StepSentences.card(first, vocabulary, "a note", false, 0, false));
    }

    @Test
    void aStepUnderWaySaysTheTokensWrittenSoFarAndNoReward() {
        assertEquals("Step 1: Saw: " + first.observation() + " Wrote: " + vocabulary.token(
                first.generation().steps().get(0).token()) + ".",
                StepSentences.card(first, vocabulary, null, true, 1, false));
    }

    @Test
    void aWholeStepSaysItsNoteToolCallAndEachRewardSigned() {
        String said = StepSentences.card(first, vocabulary, "I need to calculate this", true,
                first.generation().steps().size(), true);
        assertEquals("Step 1: I need to calculate this. Saw: " + first.observation() + " Wrote: I need to calculate this "
                + "Action: calculate( 5 + 3 ). Called calculate(5+3), got Result: 8. Reward +0.4: +0.3 used calculator, "
                + "+0.1 showed reasoning.", said);
    }

    @Test
    void aRewardChipSaysItsSignedValueAndItsReason() {
        assertEquals("process reward +0.3, used calculator",
                StepSentences.rewardChip(first.processReward().fired().get(0)));
    }
}

package org.agenticrl.engine.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import org.agenticrl.engine.SeedReference;
import org.agenticrl.engine.environment.Observation;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class NotebookEpisodeTest {
    private final Scenario seed = ScenarioLoader.seed();
    private final Trajectory episode = EpisodeSettings.notebook().run(seed, seed.pretrainedPolicy());
    private final JsonNode expected = SeedReference.get("episode");

    @Test
    void theObservationIsCreateObservationsText() {
        assertEquals(SeedReference.get("observation").asText(), episode.steps().get(0).observation());
        assertEquals(SeedReference.get("observation").asText(),
                Observation.create("What is 5 + 3?", "", seed.runner().environment().toolbox().signatures(), List.of()));
        assertTrue(episode.steps().get(1).observation().contains("Previous:  Result: 8\n"),
                "the seed's context starts with a space after 'Previous: '");
    }

    @Test
    void everyStepIsTheSeedsToTheLastBit() {
        JsonNode steps = expected.get("steps");
        assertEquals(steps.size(), episode.steps().size());
        for (int i = 0; i < steps.size(); i++) {
            JsonNode want = steps.get(i);
            EpisodeStep step = episode.steps().get(i);
            assertEquals(want.get("text").asText(), step.text());
            assertEquals(want.get("logProb").doubleValue(), step.logProb(), 0.0, "log-prob of step " + (i + 1));
            assertEquals(want.get("tool").asText(), step.tool());
            assertEquals(want.get("toolInput").asText(), step.toolInput());
            assertEquals(want.get("toolOutput").asText(), step.toolOutput());
            assertEquals(want.get("processReward").doubleValue(), step.processReward().reward(), 0.0);
            assertEquals(SeedReference.strings(want.get("reasons")), step.processReward().reasons());
            assertEquals(StepStatus.OK, step.status());
        }
        assertEquals("-7.63", String.format(Locale.ROOT, "%.2f", episode.steps().get(0).logProb()));
        assertEquals("-6.00", String.format(Locale.ROOT, "%.2f", episode.steps().get(1).logProb()));
    }

    @Test
    void theOutcomeIsCorrectAndTheTotalIsOnePointFour() {
        assertEquals(expected.get("finalAnswer").asText(), episode.finalAnswer());
        assertEquals(expected.get("outcomeReward").doubleValue(), episode.outcome().reward(), 0.0);
        assertEquals(expected.get("outcomeMessage").asText(), episode.outcome().message());
        assertEquals(expected.get("totalReward").doubleValue(), episode.totalReward(), 0.0);
        assertTrue(episode.succeeded());
    }

    @Test
    void theSecondStepIsConditionedOnTheCalculatorResult() {
        assertEquals("", episode.steps().get(0).history());
        assertEquals("calculate:ok", episode.steps().get(1).history());
        assertEquals(List.of(Capability.REASONING, Capability.TOOL_USE), episode.steps().get(0).capabilities());
    }

    @Test
    void anEpisodeThatNeverFinishesIsWrongWithNoAnswer() {
        Trajectory oneStep = new EpisodeSettings(EpisodeMode.NOTEBOOK, 0, false, null, 1).run(seed, seed.pretrainedPolicy());
        assertNull(oneStep.finalAnswer());
        assertEquals(-1.0, oneStep.outcome().reward(), 0.0);
        assertEquals(0.4 - 1.0, oneStep.totalReward(), 1e-15);
    }

    @Test
    void theScriptedAgentGetsAnotherTaskWrong() {
        Trajectory other = EpisodeSettings.notebook().withTask(new Task("What is 2 + 2?", "4")).run(seed, seed.pretrainedPolicy());
        assertEquals("8", other.finalAnswer());
        assertEquals("Wrong", other.outcome().message());
    }
}

package org.agenticrl.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.agenticrl.engine.SeedReference;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class NotebookLossesTest {
    private final Scenario seed = ScenarioLoader.seed();
    private final Policy policy = seed.pretrainedPolicy();
    private final Trajectory episode = EpisodeSettings.notebook().run(seed, policy);
    private final LossBreakdown losses = seed.lossCalculator().compute(episode, policy, policy, LossSettings.notebook());
    private final JsonNode expected = SeedReference.get("losses");

    @Test
    void returnsBaselineAndAdvantagesAreTheSeeds() {
        assertEquals(expected.get("returns").size(), losses.steps().size());
        assertEquals(expected.get("advantages").size(), losses.steps().size());
        for (int i = 0; i < losses.steps().size(); i++) {
            assertEquals(expected.get("returns").get(i).doubleValue(), losses.steps().get(i).discountedReturn(), 0.0);
            assertEquals(expected.get("advantages").get(i).doubleValue(), losses.steps().get(i).advantage(), 0.0);
        }
        assertEquals(expected.get("baseline").doubleValue(), losses.baseline(), 0.0);
    }

    @Test
    void everyLossIsTheSeedsToTheLastBit() {
        assertEquals(expected.get("rl").doubleValue(), losses.rl(), 0.0);
        assertEquals(expected.get("sft").doubleValue(), losses.sft(), 0.0);
        assertEquals(expected.get("kl").doubleValue(), losses.kl(), 0.0);
        assertEquals(expected.get("total").doubleValue(), losses.total(), 0.0);
    }

    @Test
    void theRoundedFiguresAreTheOnesTheSeedPrints() {
        assertEquals("0.326", String.format(Locale.ROOT, "%.3f", losses.rl()));
        assertEquals("6.813", String.format(Locale.ROOT, "%.3f", losses.sft()));
        assertEquals("0.500", String.format(Locale.ROOT, "%.3f", losses.kl()));
        assertEquals("1.013", String.format(Locale.ROOT, "%.3f", losses.total()));
        assertEquals("0.681", String.format(Locale.ROOT, "%.3f", losses.weightedSft()));
        assertEquals("0.005", String.format(Locale.ROOT, "%.3f", losses.weightedKl()));
    }
}

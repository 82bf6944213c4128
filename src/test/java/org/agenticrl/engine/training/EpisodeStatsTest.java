package org.agenticrl.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class EpisodeStatsTest {
    private final Scenario seed = ScenarioLoader.seed();
    private final Trajectory scripted = EpisodeSettings.notebook().run(seed, seed.pretrainedPolicy());

    /** A live episode that gives no answer: greedy decoding calls the calculator in every step. */
    private final Trajectory greedy = EpisodeSettings.live(0).withGreedy(true).run(seed, seed.pretrainedPolicy());

    @Test
    void theSeedsScriptedEpisodeUsesTheCalculatorAndSucceedsInTwoSteps() {
        EpisodeStats stats = EpisodeStats.of(seed, List.of(scripted), RewardMode.PROCESS_AND_OUTCOME);
        assertEquals(1.0, stats.successRate(), 0.0);
        assertEquals(1.0, stats.calculatorRate(), 0.0);
        assertEquals(2.0, stats.meanSteps(), 0.0);
        assertEquals(scripted.totalReward(), stats.meanReturn(), 1e-15);
        assertEquals(1.0, EpisodeStats.of(seed, List.of(scripted), RewardMode.OUTCOME_ONLY).meanReturn(), 0.0);
    }

    @Test
    void ratesAndMeansAreOverEpisodes() {
        assertEquals(seed.maxSteps(), greedy.steps().size());
        EpisodeStats stats = EpisodeStats.of(seed, List.of(scripted, greedy), RewardMode.OUTCOME_ONLY);
        assertEquals(0.5, stats.successRate(), 0.0);
        assertEquals(1.0, stats.calculatorRate(), 0.0);
        assertEquals((2.0 + seed.maxSteps()) / 2, stats.meanSteps(), 0.0);
        assertEquals((1.0 - 1.0) / 2, stats.meanReturn(), 0.0);
    }
}

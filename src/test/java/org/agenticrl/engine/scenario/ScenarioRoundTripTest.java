package org.agenticrl.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.LossSettings;

/** Every valid scenario survives save and load unchanged, and a loaded scenario runs in both modes. */
class ScenarioRoundTripTest {
    @Provide
    Arbitrary<ScenarioFile> validFiles() {
        return Arbitraries.randoms().map(RandomScenarioFiles::valid);
    }

    @Property(tries = 2000)
    void everyValidScenarioRoundTripsThroughItsJsonUnchanged(@ForAll("validFiles") ScenarioFile file) throws Exception {
        String json = ScenarioLoader.toJson(file);
        Scenario loaded = ScenarioLoader.parse(json, "generated.json");
        assertEquals(file, loaded.source());
        assertEquals(json, ScenarioLoader.toJson(loaded.source()));
        for (String kind : new String[] {"calculator", "lookup", "memory", "note"}) {
            Statistics.label(kind).collect(file.tools().stream().anyMatch(tool -> tool.kind().equals(kind)));
        }
        Statistics.label("contrast").collect(file.contrast() != null);
        Statistics.label("once").collect(file.processRewards() != null
                && file.processRewards().stream().anyMatch(rule -> Boolean.TRUE.equals(rule.once())));
        for (String label : new String[] {"calculator", "lookup", "memory", "note", "contrast", "once"}) {
            Statistics.label(label).coverage(coverage -> coverage.check(true).percentage(p -> p > 15));
        }
    }

    @Property(tries = 500)
    void aLoadedScenarioRunsInBothModesAndItsLossesAreFinite(@ForAll("validFiles") ScenarioFile file, @ForAll long seed)
            throws Exception {
        Scenario scenario = ScenarioLoader.parse(ScenarioLoader.toJson(file), "generated.json");
        EpisodeSettings[] settings = {EpisodeSettings.notebook(), EpisodeSettings.live(seed & 0xffffffffL),
                EpisodeSettings.live(0).withGreedy(true)};
        for (EpisodeSettings setting : settings) {
            Trajectory episode = setting.run(scenario, scenario.pretrainedPolicy());
            assertTrue(!episode.steps().isEmpty() && episode.steps().size() <= scenario.maxSteps());
            assertTrue(Double.isFinite(scenario.lossCalculator().compute(episode, scenario.pretrainedPolicy(),
                    scenario.pretrainedPolicy(), LossSettings.exact()).total()));
            setting.runContrast(scenario, scenario.pretrainedPolicy())
                    .ifPresent(contrast -> assertEquals(1, contrast.steps().size()));
        }
    }
}

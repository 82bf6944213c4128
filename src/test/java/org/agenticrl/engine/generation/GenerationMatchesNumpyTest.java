package org.agenticrl.engine.generation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.agenticrl.engine.SeedReference;
import org.agenticrl.engine.episode.History;
import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class GenerationMatchesNumpyTest {
    private final Scenario seed = ScenarioLoader.seed();
    private final Policy policy = seed.pretrainedPolicy();

    private List<String> tokens(Generation generation) {
        return Arrays.stream(generation.tokens()).mapToObj(seed.vocabulary()::token).toList();
    }

    @Test
    void greedyGenerationIsTheSeedsWithItsLogProbsAndTotal() {
        JsonNode expected = SeedReference.get("greedy");
        Generation greedy = seed.generator().generate(policy, History.START, 12, TokenChooser.greedy());
        assertEquals(SeedReference.strings(expected.get("tokens")), tokens(greedy));
        assertEquals("need to calculate this Action: calculate( 5 + 3 )", greedy.text(seed.vocabulary()));
        assertArrayEquals(SeedReference.doubles(expected.get("logProbs")), greedy.logProbs(), 0.0);
        assertEquals(expected.get("totalLogProb").doubleValue(), greedy.totalLogProb(), 0.0);
        assertEquals("-3.01", String.format(Locale.ROOT, "%.2f", greedy.totalLogProb()));
        assertEquals("-0.92", String.format(Locale.ROOT, "%.2f", greedy.logProbs()[5]));
    }

    @Test
    void seededSamplingMatchesNumpyTokenForTokenForEverySeed() {
        int generations = 0;
        for (JsonNode run : SeedReference.get("sampled")) {
            NumpyRandom random = new NumpyRandom(run.get("seed").longValue());
            int maxTokens = run.get("maxTokens").intValue();
            for (JsonNode expected : run.get("generations")) {
                Generation actual = seed.generator().generate(policy, History.START, maxTokens, TokenChooser.sampling(random));
                String where = "seed " + run.get("seed") + ", generation " + generations;
                assertEquals(SeedReference.strings(expected.get("tokens")), tokens(actual), where);
                assertArrayEquals(SeedReference.doubles(expected.get("logProbs")), actual.logProbs(), 0.0, where);
                assertEquals(expected.get("totalLogProb").doubleValue(), actual.totalLogProb(), 1e-9, where);
                generations++;
            }
        }
        assertEquals(360, generations);
    }

    @Test
    void generationStopsAtTheStopTokensAndTheLimit() {
        Generation one = seed.generator().generate(policy, History.START, 1, TokenChooser.greedy());
        assertEquals(1, one.steps().size());
        Generation full = seed.generator().generate(policy, History.START, 64, TokenChooser.greedy());
        assertEquals(")", seed.vocabulary().token(full.tokens()[full.tokens().length - 1]));
    }

    @Test
    void everyPositionRecordsItsPreviousTokenAndWholeDistribution() {
        Generation greedy = seed.generator().generate(policy, History.START, 12, TokenChooser.greedy());
        int previous = seed.vocabulary().require("I");
        assertEquals(SeedReference.get("greedy").get("tokens").size(), greedy.steps().size());
        for (TokenStep step : greedy.steps()) {
            assertEquals(previous, step.context().previous());
            assertEquals(22, step.distribution().size());
            assertEquals(step.distribution().logProbability(step.token()), step.logProb(), 0.0);
            previous = step.token();
        }
    }
}

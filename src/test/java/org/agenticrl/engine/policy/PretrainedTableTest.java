package org.agenticrl.engine.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agenticrl.engine.SeedReference;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.text.Vocabulary;
import org.junit.jupiter.api.Test;

class PretrainedTableTest {
    private final Scenario seed = ScenarioLoader.seed();

    @Test
    void vocabularyIsTheSeedsInTheSeedsOrder() {
        assertEquals(SeedReference.strings(SeedReference.get("vocabulary")), seed.vocabulary().tokens());
        assertEquals(22, seed.vocabulary().size());
    }

    @Test
    void everyRowEqualsGetNextTokenProbsToTheBit() {
        JsonNode distributions = SeedReference.get("distributions");
        Vocabulary vocabulary = seed.vocabulary();
        assertEquals(distributions.size(), vocabulary.size(), "a reference row for every token");
        for (int previous = 0; previous < vocabulary.size(); previous++) {
            double[] expected = SeedReference.doubles(distributions.get(vocabulary.token(previous)));
            assertArrayEquals(expected, seed.table().probabilities(previous), 0.0, "after " + vocabulary.token(previous));
        }
    }

    @Test
    void theSeedsFirstPrintedNumberIsNeedAfterIAt79Point2Percent() {
        Vocabulary vocabulary = seed.vocabulary();
        TokenDistribution afterI = seed.pretrainedPolicy().distribution(new Context("", vocabulary.require("I")));
        double need = afterI.probability(vocabulary.require("need"));
        assertEquals(0.8 / 1.01, need, 0.0);
        assertEquals("79.2%", String.format(Locale.ROOT, "%.1f%%", 100 * need));
        assertEquals(vocabulary.require("need"), afterI.argmax());
    }

    @Test
    void transitionsNamingUnknownOrRepeatedTokensAreRefused() {
        Vocabulary vocabulary = Vocabulary.of(List.of("a", "b"));
        assertThrows(IllegalArgumentException.class,
                () -> new PretrainedTable(vocabulary, Map.of("a", List.of("zzz")), 0.01, 0.8, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PretrainedTable(vocabulary, Map.of("a", List.of("b", "b")), 0.01, 0.8, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PretrainedTable(vocabulary, Map.of(), -0.01, 0.8, null, 0));
    }
}

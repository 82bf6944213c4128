package org.agenticrl.engine.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class TokenDistributionTest {

    @Test
    void softmaxOfTheLogOfProbabilitiesGivesThemBack() {
        double[] p = {0.1, 0.2, 0.7};
        TokenDistribution distribution = TokenDistribution.ofLogits(new double[] {Math.log(0.1), Math.log(0.2), Math.log(0.7)}, 1.0);
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], distribution.probability(i), 1e-15);
            assertEquals(Math.log(p[i]), distribution.logProbability(i), 1e-15);
        }
    }

    @Test
    void aTinyTemperatureStaysFiniteAndApproachesGreedy() {
        double[] logits = {Math.log(0.01), Math.log(0.8), Math.log(0.19)};
        TokenDistribution cold = TokenDistribution.ofLogits(logits, Policy.MIN_TEMPERATURE);
        assertEquals(1.0, cold.probability(1), 1e-12);
        for (int i = 0; i < logits.length; i++) {
            assertTrue(Double.isFinite(cold.logProbability(i)), "log-probability " + i + " is finite");
        }
        assertTrue(cold.logProbability(0) < -400);
    }

    @Test
    void tiedMaximaShareTheMassAtLowTemperature() {
        Scenario seed = ScenarioLoader.seed();
        int action = seed.vocabulary().require("Action:");
        TokenDistribution cold = seed.pretrainedPolicy().withTemperature(0.01).distribution(new Context("", action));
        assertEquals(0.5, cold.probability(seed.vocabulary().require("calculate(")), 1e-12);
        assertEquals(0.5, cold.probability(seed.vocabulary().require("finish(")), 1e-12);
    }

    @Test
    void aHighTemperatureFlattensTowardsUniform() {
        double[] logits = {Math.log(0.01), Math.log(0.8), Math.log(0.19)};
        TokenDistribution hot = TokenDistribution.ofLogits(logits, Policy.MAX_TEMPERATURE);
        TokenDistribution normal = TokenDistribution.ofLogits(logits, 1.0);
        assertTrue(hot.entropy() > normal.entropy());
        assertTrue(hot.probability(1) < normal.probability(1));
    }

    @Test
    void klDivergenceIsZeroFromItselfAndPositiveFromAnother() {
        TokenDistribution a = TokenDistribution.ofProbabilities(new double[] {0.5, 0.5});
        TokenDistribution b = TokenDistribution.ofProbabilities(new double[] {0.9, 0.1});
        assertEquals(0.0, a.klDivergenceFrom(a), 0.0);
        assertEquals(0.5 * Math.log(0.5 / 0.9) + 0.5 * Math.log(0.5 / 0.1), a.klDivergenceFrom(b), 1e-15);
    }

    @Test
    void temperaturesOutsideTheRangeAreRefused() {
        Policy policy = ScenarioLoader.seed().pretrainedPolicy();
        assertThrows(IllegalArgumentException.class, () -> policy.withTemperature(0));
        assertThrows(IllegalArgumentException.class, () -> policy.withTemperature(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> policy.withTemperature(5.01));
    }
}

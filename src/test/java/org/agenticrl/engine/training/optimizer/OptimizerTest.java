package org.agenticrl.engine.training.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.gradient.LogitGradient;
import org.agenticrl.engine.training.gradient.Rollout;
import org.agenticrl.engine.training.gradient.TrainingObjective;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    private final Scenario seed = ScenarioLoader.seed();
    private final Policy policy = seed.pretrainedPolicy();
    private final Trajectory episode = EpisodeSettings.notebook().run(seed, policy);
    private final LogitGradient gradient = new TrainingObjective(seed.generator(), seed.lossCalculator(), LossSettings.exact())
            .gradient(List.of(new Rollout(episode, new double[] {0.5, -0.5})), policy, policy);

    @Test
    void sgdStepsAgainstTheGradient() {
        Map<Context, double[]> rows = OptimizerKind.SGD.create(0.3).step(policy, gradient);
        assertFalse(gradient.contexts().isEmpty());
        assertEquals(gradient.contexts(), rows.keySet());
        for (Context context : gradient.contexts()) {
            double[] before = policy.logits(context);
            double[] g = gradient.row(context);
            for (int v = 0; v < g.length; v++) {
                assertEquals(before[v] - 0.3 * g[v], rows.get(context)[v], 0.0);
            }
        }
    }

    @Test
    void adamsFirstBiasCorrectedStepMovesEveryLogitByAboutTheLearningRate() {
        Map<Context, double[]> rows = OptimizerKind.ADAM.create(0.05).step(policy, gradient);
        int large = 0;
        for (Context context : gradient.contexts()) {
            double[] before = policy.logits(context);
            double[] g = gradient.row(context);
            for (int v = 0; v < g.length; v++) {
                double step = rows.get(context)[v] - before[v];
                assertEquals(-0.05 * g[v] / (Math.abs(g[v]) + 1e-8), step, 1e-12, "m/(sqrt(v)+eps) is g/(|g|+eps)");
                if (Math.abs(g[v]) > 1e-4) {
                    assertEquals(-0.05 * Math.signum(g[v]), step, 1e-5, context + " token " + v);
                    large++;
                }
            }
        }
        assertTrue(large > 10, "enough logits have a clear gradient: " + large);
    }

    @Test
    void adamKeepsMovingARowWhoseGradientIsZeroAsADenseAdamWould() {
        Optimizer adam = OptimizerKind.ADAM.create(0.05);
        Policy once = policy.withLogits(adam.step(policy, gradient));
        LogitGradient none = new TrainingObjective(seed.generator(), seed.lossCalculator(), LossSettings.exact().withLambda1(0)
                .withLambda2(0)).gradient(List.of(new Rollout(episode, new double[2])), once, once);
        assertEquals(0.0, none.globalNorm(), 0.0);
        Map<Context, double[]> rows = adam.step(once, none);
        assertEquals(gradient.contexts(), rows.keySet(), "every row with moments moves");
        Context moved = gradient.contexts().iterator().next();
        assertFalse(Arrays.equals(once.logits(moved), rows.get(moved)), "momentum carries the row on");
    }

    @Test
    void clippingScalesTheGlobalNormDownAndLeavesSmallGradientsAlone() {
        double norm = gradient.globalNorm();
        assertTrue(norm > 0.5, "the gradient is large enough to be clipped: " + norm);
        LogitGradient clipped = gradient.clippedTo(0.5);
        assertEquals(0.5, clipped.globalNorm(), 1e-12);
        Context context = gradient.contexts().iterator().next();
        assertEquals(gradient.row(context)[0] * 0.5 / norm, clipped.row(context)[0], 1e-15);
        assertSame(gradient, gradient.clippedTo(norm * 2));
        assertSame(gradient, gradient.clippedTo(Double.POSITIVE_INFINITY));
    }
}

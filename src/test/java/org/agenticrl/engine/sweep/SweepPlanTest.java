package org.agenticrl.engine.sweep;

import static org.agenticrl.engine.sweep.SweepParameter.GAMMA;
import static org.agenticrl.engine.sweep.SweepParameter.GROUP;
import static org.agenticrl.engine.sweep.SweepParameter.LAMBDA1;
import static org.agenticrl.engine.sweep.SweepParameter.LAMBDA2;
import static org.agenticrl.engine.sweep.SweepParameter.LR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.agenticrl.engine.training.TrainingConfig;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SweepPlanTest {
    private static final TrainingConfig BASE = TrainingConfig.defaults();
    private static final SweepAxis X = SweepAxis.of(LAMBDA1, 0, 0.1);
    private static final SweepAxis Y = SweepAxis.of(LAMBDA2, 0.01);

    private static SweepPlan plan(SweepAxis x, SweepAxis y) {
        return new SweepPlan(x, y, BASE, 100, 2, 10);
    }

    private static double[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).asDoubleStream().toArray();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
            Arguments.of((Supplier<Object>) () -> SweepAxis.of(LAMBDA1), "lambda1 has no values to sweep"),
            Arguments.of((Supplier<Object>) () -> SweepAxis.of(LAMBDA1, 0.1, 0.2, 0.1), "lambda1 lists 0.1 twice"),
            Arguments.of((Supplier<Object>) () -> SweepAxis.of(LR, 0.0, -0.0), "lr lists 0.0 twice"),
            Arguments.of((Supplier<Object>) () -> SweepAxis.of(GAMMA, Double.NaN), "gamma values must be finite numbers, got NaN"),
            Arguments.of((Supplier<Object>) () -> plan(X, SweepAxis.of(LAMBDA1, 1)),
                    "the x and y axes both sweep lambda1; sweep two different settings"),
            Arguments.of((Supplier<Object>) () -> plan(SweepAxis.of(LR, range(1, 21)), SweepAxis.of(GROUP, range(2, 21))),
                    "the axes make 21 x 20 = 420 cells; a sweep has at most 400"),
            Arguments.of((Supplier<Object>) () -> plan(SweepAxis.of(LAMBDA1, 0, 11), Y),
                    "lambda1 must be between 0 and 10.0, got 11.0"),
            Arguments.of((Supplier<Object>) () -> plan(X, SweepAxis.of(LAMBDA2, -1)),
                    "lambda2 must be between 0 and 10.0, got -1.0"),
            Arguments.of((Supplier<Object>) () -> plan(X, SweepAxis.of(LR, 0)),
                    "the learning rate must be a positive finite number, got 0.0"),
            Arguments.of((Supplier<Object>) () -> plan(X, SweepAxis.of(GAMMA, 1.5)), "gamma must be between 0 and 1, got 1.5"),
            Arguments.of((Supplier<Object>) () -> plan(X, SweepAxis.of(GROUP, 2.5)),
                    "the group size must be a whole number from 1 to 256, got 2.5"),
            Arguments.of((Supplier<Object>) () -> plan(X, SweepAxis.of(GROUP, 257)),
                    "the group size must be a whole number from 1 to 256, got 257.0"),
            Arguments.of((Supplier<Object>) () -> plan(X, SweepAxis.of(GROUP, 1, 8)),
                    "the group size must be between 2 and 256 for grpo, which compares the episodes of a group, got 1"),
            Arguments.of((Supplier<Object>) () -> new SweepPlan(X, Y, BASE, 0, 1, 1),
                    "training episodes must be between 1 and 2147483391, got 0"),
            Arguments.of((Supplier<Object>) () -> new SweepPlan(X, Y, BASE, 10, 0, 1),
                    "seeds per cell must be between 1 and 100, got 0"),
            Arguments.of((Supplier<Object>) () -> new SweepPlan(X, Y, BASE, 10, 101, 1),
                    "seeds per cell must be between 1 and 100, got 101"),
            Arguments.of((Supplier<Object>) () -> new SweepPlan(X, Y, BASE, 10, 1, 0),
                    "an evaluation needs at least one episode, got 0"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aBadAxisOrPlanIsRefusedWithItsReason(Supplier<Object> make, String reason) {
        assertEquals(reason, assertThrows(IllegalArgumentException.class, make::get).getMessage());
    }

    @Test
    void aGroupOfOneIsFineForAnEstimatorThatComparesNoGroupAnd400CellsAreAllowed() {
        TrainingConfig reinforce = BASE.withEstimator(AdvantageEstimator.REINFORCE);
        SweepPlan plan = new SweepPlan(SweepAxis.of(LR, range(1, 20)), SweepAxis.of(GROUP, range(1, 20)), reinforce,
                10, 1, 1);
        assertEquals(400, plan.cells());
        assertEquals(1, plan.config(0, 0).groupSize());
    }

    @Test
    void cellsAreNumberedRowByRowAndSeedsCountUpFromTheBaseSeed() {
        SweepPlan plan = new SweepPlan(SweepAxis.of(LAMBDA1, 0, 0.1, 1), SweepAxis.of(GROUP, 4, 6),
                BASE.withSeed(7), 30, 3, 10);
        assertEquals(6, plan.cells());
        assertEquals(18, plan.runs());
        assertEquals(5, plan.cell(2, 1));
        TrainingConfig config = plan.config(5, 2);
        assertEquals(List.of(1.0, 0.01, 6, 9L), List.of(config.loss().lambda1(), config.loss().lambda2(),
                config.groupSize(), config.seed()), "lambda1 from x, the group from y, lambda2 from the base, seed 7 + 2");
        assertEquals(BASE.withSeed(9).withGroupSize(6).withLoss(BASE.loss().withLambda1(1)), config);
        assertEquals(32, plan.episodesOf(plan.cell(0, 0)), "30 episodes in whole groups of 4");
        assertEquals(30, plan.episodesOf(plan.cell(0, 1)));
        assertEquals(3 * (3 * 32 + 3 * 30), plan.totalEpisodes());
    }

    @Test
    void theDefaultPlanIsLambda1ByLambda2WithThreeSeedsOf2000Episodes() {
        SweepPlan plan = SweepPlan.defaults();
        assertEquals(List.of(0.0, 0.01, 0.03, 0.1, 0.3, 1.0, 2.0), plan.x().values());
        assertEquals(List.of(0.0, 0.001, 0.01, 0.1, 1.0, 2.0), plan.y().values());
        assertEquals(List.of(LAMBDA1, LAMBDA2), List.of(plan.x().parameter(), plan.y().parameter()));
        assertEquals(42, plan.cells());
        assertEquals(126, plan.runs());
        assertEquals(252_000, plan.totalEpisodes());
        assertEquals(TrainingConfig.defaults(), plan.base());
    }
}

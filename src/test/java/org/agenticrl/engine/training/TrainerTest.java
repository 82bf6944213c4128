package org.agenticrl.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.policy.Context;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;
import org.agenticrl.engine.training.optimizer.OptimizerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainerTest {
    private static final Scenario SEED = ScenarioLoader.seed();
    private static final long EVALUATION_SEED = 2024;

    private static List<TrainingMetrics> train(Trainer trainer, int updates) throws TrainingDivergedException {
        for (int i = 0; i < updates; i++) {
            trainer.step();
        }
        return trainer.history();
    }

    private static double[] logitsOfEveryTrainedContext(Policy policy) {
        return policy.trainedContexts().stream().flatMapToDouble(c -> java.util.Arrays.stream(policy.logits(c))).toArray();
    }

    /** Trains the scenario with the defaults for 2000 episodes; returns success before and after on fresh episodes. */
    private static EpisodeStats[] beforeAndAfter(Scenario scenario, int evaluationEpisodes) throws Exception {
        TrainingConfig config = TrainingConfig.defaults();
        RewardMode mode = config.loss().rewardMode();
        EpisodeStats before = Evaluation.run(scenario, scenario.pretrainedPolicy(), evaluationEpisodes, EVALUATION_SEED, mode);
        Trainer trainer = new Trainer(scenario, config);
        while (trainer.episodes() < 2000) {
            trainer.step();
        }
        assertEquals(2000, trainer.episodes());
        return new EpisodeStats[] {before, Evaluation.run(scenario, trainer.policy(), evaluationEpisodes, EVALUATION_SEED, mode)};
    }

    @Test
    void withTheDefaultsTheLiveSuccessRateClimbsFromTheSeedsToAtLeast95PercentWithin2000Episodes() throws Exception {
        EpisodeStats[] measured = beforeAndAfter(SEED, 2000);
        EpisodeStats before = measured[0];
        EpisodeStats after = measured[1];
        assertTrue(before.successRate() < 0.6, "the pre-trained policy succeeds about half the time: " + before);
        assertTrue(after.successRate() >= 0.95, "after 2000 episodes: " + after);
    }

    /** Every built-in and the manual's hand-written example (scenarios.md) are learnable with the same defaults. */
    @ParameterizedTest
    @ValueSource(strings = {"search-capital", "weather", "stock-pe", "traditional-vs-agentic",
        "src/test/resources/scenarios/hours-to-minutes.json"})
    void everyScenarioTrainsWithTheDefaults(String scenarioName) throws Exception {
        EpisodeStats[] measured = beforeAndAfter(ScenarioLoader.resolve(scenarioName), 1000);
        EpisodeStats before = measured[0];
        EpisodeStats after = measured[1];
        assertTrue(after.successRate() >= 0.85 && after.successRate() > before.successRate() + 0.5,
                scenarioName + ": before " + before + ", after " + after);
    }

    @Test
    void theSameSeedAndSettingsGiveTheSameCurveBitForBit() throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withSeed(7).withEstimator(AdvantageEstimator.RLOO)
                .withOptimizer(OptimizerKind.ADAM).withLearningRate(0.1);
        Trainer first = new Trainer(SEED, config);
        Trainer second = new Trainer(SEED, config);
        List<TrainingMetrics> curve = train(first, 40);
        assertEquals(curve, train(second, 40), "records compare doubles bit for bit");
        assertTrue(java.util.Arrays.equals(logitsOfEveryTrainedContext(first.policy()),
                logitsOfEveryTrainedContext(second.policy())));
        assertNotEquals(curve, train(new Trainer(SEED, config.withSeed(8)), 40), "another seed, another curve");
    }

    @Test
    void resetReplaysTheRunFromTheStart() throws Exception {
        Trainer trainer = new Trainer(SEED, TrainingConfig.defaults());
        List<TrainingMetrics> curve = train(trainer, 10);
        trainer.reset();
        assertSame(trainer.reference(), trainer.policy());
        assertEquals(0, trainer.episodes());
        assertTrue(trainer.history().isEmpty());
        assertEquals(curve, train(trainer, 10));
    }

    @Test
    void eachUpdateMakesANewPolicyAndTheReferenceStaysThePolicyTrainingStartedFrom() throws Exception {
        Policy start = SEED.pretrainedPolicy().withTemperature(0.8);
        Trainer trainer = new Trainer(SEED, TrainingConfig.defaults().withLoss(TrainingConfig.defaults().loss()
                .withLambda2(0)), start);
        TrainingUpdate first = trainer.step();
        TrainingUpdate second = trainer.step();
        assertSame(start, trainer.reference());
        assertTrue(start.trainedContexts().isEmpty(), "the starting policy is untouched");
        assertSame(second.policy(), trainer.policy());
        assertFalse(first.policy() == second.policy());
        assertEquals(0.8, second.policy().temperature(), 0.0);
        assertEquals(0.0, first.metrics().loss().klToReference(), 0.0, "the first batch ran the reference itself");
        assertTrue(second.metrics().loss().klToReference() > 0, "measured although lambda2 = 0");
        assertEquals(0.0, second.metrics().loss().weightedKl(), 0.0);
        assertEquals(List.of(8, 16), trainer.history().stream().map(TrainingMetrics::episodes).toList());
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void anAbsurdLearningRateStopsTrainingWithAReasonAndNoNaNEscapes(OptimizerKind optimizer) throws Exception {
        Trainer trainer = new Trainer(SEED, TrainingConfig.defaults().withOptimizer(optimizer).withLearningRate(1e308)
                .withMaxGradientNorm(Double.POSITIVE_INFINITY));
        TrainingDivergedException diverged = assertThrows(TrainingDivergedException.class, () -> train(trainer, 50));
        Divergence divergence = diverged.divergence();
        assertTrue(divergence.advice().contains("lower the learning rate"), divergence.advice());
        assertTrue(divergence.advice().contains("clipping"), divergence.advice());
        assertFalse(divergence.problem().isBlank());
        assertEquals(divergence, trainer.divergence().orElseThrow());
        assertEquals(divergence.update(), trainer.history().size() + 1, "the failed update is not recorded");
        for (TrainingMetrics metrics : trainer.history()) {
            assertTrue(metrics.loss().isFinite() && Double.isFinite(metrics.gradientNorm()), metrics.toString());
        }
        assertEquals(trainer.history().isEmpty(), trainer.policy().trainedContexts().isEmpty(),
                "the policy is the last recorded update's, or the start if the first update failed (as Adam's does)");
        for (Context context : trainer.policy().trainedContexts()) {
            for (double logProb : trainer.policy().distribution(context).logProbabilities()) {
                assertTrue(Double.isFinite(logProb), "the policy stays the last finite one");
            }
        }
        Trajectory episode = EpisodeSettings.live(0).run(SEED, trainer.policy());
        assertFalse(episode.steps().isEmpty());
        assertTrue(episode.steps().stream().allMatch(step -> Double.isFinite(step.logProb())),
                "the policy left behind samples finite log-probabilities");
        assertThrows(TrainingDivergedException.class, trainer::step, "training stays stopped");
        trainer.reset();
        assertTrue(trainer.divergence().isEmpty());
    }

    @Test
    void groupEstimatorsRefuseAGroupOfOne() {
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.defaults().withGroupSize(1));
        assertEquals(1, TrainingConfig.defaults().withEstimator(AdvantageEstimator.REINFORCE).withGroupSize(1)
                .groupSize());
    }

    @Test
    void trainForRunsWholeGroupsReportsEveryUpdateAndStopsWhenAsked() throws Exception {
        TrainingConfig config = TrainingConfig.defaults().withSeed(4);
        assertEquals(8, config.episodesInWholeGroups(5));
        assertEquals(16, config.episodesInWholeGroups(16));
        assertEquals(18, config.withEstimator(AdvantageEstimator.REINFORCE).withGroupSize(3).episodesInWholeGroups(17));
        assertThrows(IllegalArgumentException.class, () -> config.episodesInWholeGroups(0));
        Trainer trainer = new Trainer(SEED, config);
        List<TrainingMetrics> seen = new ArrayList<>();
        assertTrue(trainer.trainFor(33, () -> false, seen::add).isEmpty());
        assertEquals(40, trainer.episodes(), "33 episodes are five whole groups of 8");
        assertEquals(trainer.history(), seen);
        assertEquals(train(new Trainer(SEED, config), 5), seen, "the same updates as five step() calls");
        Trainer stopped = new Trainer(SEED, config);
        stopped.trainFor(800, () -> stopped.history().size() == 3, metrics -> { });
        assertEquals(3, stopped.history().size(), "stop is asked before every update");
    }

    @Test
    void trainForReturnsTheDivergenceInsteadOfThrowingIt() {
        Trainer trainer = new Trainer(SEED, TrainingConfig.defaults().withLearningRate(1e308)
                .withMaxGradientNorm(Double.POSITIVE_INFINITY));
        Divergence divergence = trainer.trainFor(800, () -> false, metrics -> { }).orElseThrow();
        assertEquals(trainer.divergence().orElseThrow(), divergence);
        assertEquals(8, trainer.episodes(), "one update before the divergence, as the manual shows");
        assertEquals(divergence, trainer.trainFor(8, () -> false, metrics -> { }).orElseThrow(),
                "asked again, even for fewer episodes than it has trained, it still reports the divergence");
    }
}

package org.agenticrl.engine.training.advantage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.LossBreakdown;
import org.agenticrl.engine.loss.LossSettings;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.loss.StepLoss;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AdvantageEstimatorTest {
    private static final RunningBaseline NONE = RunningBaseline.start();

    @Test
    void theNotebookEstimatorGivesTheLossCalculatorsAdvantagesToTheBit() {
        Scenario seed = ScenarioLoader.seed();
        Trajectory episode = EpisodeSettings.notebook().run(seed, seed.pretrainedPolicy());
        for (RewardMode mode : RewardMode.values()) {
            LossSettings settings = LossSettings.exact().withRewardMode(mode);
            LossBreakdown losses = seed.lossCalculator().compute(episode, seed.pretrainedPolicy(), seed.pretrainedPolicy(),
                    settings);
            double[] expected = losses.steps().stream().mapToDouble(StepLoss::advantage).toArray();
            double[][] rewards = {mode.stepRewards(episode)};
            assertArrayEquals(expected, AdvantageEstimator.NOTEBOOK.advantages(rewards, settings.gamma(), NONE)[0], 0.0,
                    mode.id());
        }
    }

    @Test
    void grpoDividesByTheUnbiasedStdPlusVerlsEpsilon() {
        double[][] rewards = {{0.0}, {1.0, 2.0}, {6.0}};
        double[][] advantages = AdvantageEstimator.GRPO.advantages(rewards, 0.99, NONE);
        double std = Math.sqrt((9.0 + 0.0 + 9.0) / 2);
        assertArrayEquals(new double[] {-3 / (std + 1e-6)}, advantages[0], 1e-15);
        assertArrayEquals(new double[] {0.0, 0.0}, advantages[1], 0.0, "every step of an episode gets its A_i");
        assertArrayEquals(new double[] {3 / (std + 1e-6)}, advantages[2], 1e-15);
    }

    @Test
    void drGrpoAndRlooCompareWithTheRestOfTheGroup() {
        double[][] rewards = {{0.0}, {1.0, 2.0}, {6.0}};
        assertArrayEquals(new double[] {-3.0}, AdvantageEstimator.DRGRPO.advantages(rewards, 0.99, NONE)[0], 0.0);
        double[][] rloo = AdvantageEstimator.RLOO.advantages(rewards, 0.99, NONE);
        assertArrayEquals(new double[] {0.0 - (3.0 + 6.0) / 2}, rloo[0], 0.0);
        assertArrayEquals(new double[] {0.0, 0.0}, rloo[1], 0.0);
        assertArrayEquals(new double[] {6.0 - (0.0 + 3.0) / 2}, rloo[2], 0.0);
    }

    @ParameterizedTest
    @EnumSource(value = AdvantageEstimator.class, names = {"GRPO", "DRGRPO", "RLOO"})
    void aGroupOfEqualRewardsTeachesNothingAndNeverGivesNaN(AdvantageEstimator estimator) {
        double[][] advantages = estimator.advantages(new double[][] {{1.5}, {0.5, 1.0}, {1.5}}, 0.99, NONE);
        assertEquals(List.of(1, 2, 1), Arrays.stream(advantages).map(episode -> episode.length).toList(),
                "one advantage per step of each episode");
        for (double[] episode : advantages) {
            for (double advantage : episode) {
                assertEquals(0.0, advantage, 0.0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = AdvantageEstimator.class, names = {"GRPO", "DRGRPO", "RLOO"})
    void aGroupEstimatorNeedsTwoEpisodes(AdvantageEstimator estimator) {
        assertThrows(IllegalArgumentException.class, () -> estimator.advantages(new double[][] {{1.0}}, 0.99, NONE));
    }

    @Test
    void reinforceSubtractsTheRunningBaselineFromTheReturnToGo() {
        RunningBaseline baseline = RunningBaseline.start().after(0.25);
        double[] advantages = AdvantageEstimator.REINFORCE.advantages(new double[][] {{0.5, 1.0}}, 0.5, baseline)[0];
        assertArrayEquals(new double[] {0.5 + 0.5 * 1.0 - 0.25, 1.0 - 0.25}, advantages, 0.0);
    }

    @Test
    void theRunningBaselineStartsAtZeroAndIsABiasCorrectedMovingAverage() {
        assertEquals(0.0, RunningBaseline.start().value(), 0.0);
        assertEquals(0.7, RunningBaseline.start().after(0.7).value(), 1e-15, "the first batch's mean, exactly");
        RunningBaseline constant = RunningBaseline.start();
        for (int i = 0; i < 30; i++) {
            constant = constant.after(1.25);
            assertEquals(1.25, constant.value(), 1e-12, "a constant return gives the constant at every step");
        }
        RunningBaseline moving = RunningBaseline.start().after(0.0).after(1.0);
        assertEquals(0.1 / (1 - 0.9 * 0.9), moving.value(), 1e-15, "recent batches weigh most");
    }
}

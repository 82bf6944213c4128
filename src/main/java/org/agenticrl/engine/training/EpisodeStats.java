package org.agenticrl.engine.training;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.reward.StepStatus;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.training.advantage.AdvantageEstimator;

/**
 * What a set of episodes shows about the policy that ran them. Every rate is a fraction in [0, 1]. Immutable.
 *
 * @param episodes how many episodes, at least 1
 * @param successRate the fraction whose final answer was correct
 * @param calculatorRate the fraction with at least one step that called a tool of kind {@value #CALCULATOR_KIND}
 *                       (in the scenario file) and got a result, not an error: the agent really used the calculator
 * @param meanReturn the mean of each episode's rewards summed over its steps under the reward mode (the scalar R
 *                   the group estimators compare; with the process mode, process rewards plus the outcome)
 * @param meanSteps the mean number of steps (think-act-observe rounds) per episode
 */
public record EpisodeStats(int episodes, double successRate, double calculatorRate, double meanReturn,
                           double meanSteps) {
    /** The scenario-file tool kind whose calls the calculator rate counts. */
    public static final String CALCULATOR_KIND = "calculator";

    /**
     * @param episodes at least one
     * @param rewardMode which rewards make up each episode's return
     */
    public static EpisodeStats of(Scenario scenario, List<Trajectory> episodes, RewardMode rewardMode) {
        if (episodes.isEmpty()) {
            throw new IllegalArgumentException("statistics need at least one episode");
        }
        Set<String> calculators = scenario.source().tools().stream()
                .filter(tool -> CALCULATOR_KIND.equals(tool.kind()))
                .map(tool -> tool.name())
                .collect(Collectors.toSet());
        int n = episodes.size();
        double[][] rewards = episodes.stream().map(rewardMode::stepRewards).toArray(double[][]::new);
        double totalReturn = 0.0;
        for (double reward : AdvantageEstimator.episodeRewards(rewards)) {
            totalReturn += reward;
        }
        long successes = episodes.stream().filter(Trajectory::succeeded).count();
        long calculatorUses = episodes.stream().filter(episode -> usedAnyOf(episode, calculators)).count();
        long steps = episodes.stream().mapToLong(episode -> episode.steps().size()).sum();
        return new EpisodeStats(n, (double) successes / n, (double) calculatorUses / n, totalReturn / n,
                (double) steps / n);
    }

    private static boolean usedAnyOf(Trajectory episode, Set<String> tools) {
        for (EpisodeStep step : episode.steps()) {
            if (step.status() == StepStatus.OK && tools.contains(step.tool())) {
                return true;
            }
        }
        return false;
    }
}

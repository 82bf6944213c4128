package org.agenticrl.engine.training;

import java.util.ArrayList;
import java.util.List;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.loss.RewardMode;
import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.Scenario;

/** Measures a policy on fresh live episodes, sampled token by token from a stream of its own. */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * The seed of the evaluation of a run trained from trainingSeed: the next seed, wrapping from 2^32 - 1 to 0, so
     * that the fresh episodes never replay the training stream. {@code train} and a sweep's runs evaluate from it.
     */
    public static long seedAfter(long trainingSeed) {
        return (trainingSeed + 1) & 0xffffffffL;
    }

    /**
     * Runs live episodes with sampled tokens, episode i on the scenario's task i modulo the number of tasks, and
     * summarises them. The same seed on the same policy gives the same figures; the same seed on two policies
     * compares them on the same random numbers.
     *
     * @param episodes at least 1
     * @param seed the numpy seed of the sampling, 0 to 2^32 - 1
     */
    public static EpisodeStats run(Scenario scenario, Policy policy, int episodes, long seed, RewardMode rewardMode) {
        if (episodes < 1) {
            throw new IllegalArgumentException("an evaluation needs at least one episode, got " + episodes);
        }
        TokenChooser chooser = TokenChooser.sampling(new NumpyRandom(seed));
        List<Trajectory> trajectories = new ArrayList<>(episodes);
        for (int i = 0; i < episodes; i++) {
            trajectories.add(scenario.runLive(scenario.tasks().get(i % scenario.tasks().size()), policy, chooser,
                    scenario.maxSteps()));
        }
        return EpisodeStats.of(scenario, trajectories, rewardMode);
    }
}

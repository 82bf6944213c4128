package org.agenticrl.engine.scenario;

import java.util.Optional;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.generation.TokenChooser;
import org.agenticrl.engine.numeric.NumpyRandom;
import org.agenticrl.engine.policy.Policy;

/**
 * Everything that decides one episode besides the policy: the mode, how live tokens are chosen (greedy, or sampled
 * from a numpy-seeded stream), the task and the step limit. Running the same settings on the same policy gives the
 * same trajectory.
 *
 * @param seed the numpy seed of live sampling, 0 to 2^32 - 1 (unused in notebook mode and when greedy)
 * @param task the task; null for the scenario's first task
 * @param maxSteps null for the scenario's own limit
 */
public record EpisodeSettings(EpisodeMode mode, long seed, boolean greedy, Task task, Integer maxSteps) {
    public EpisodeSettings {
        if (mode == null) {
            throw new IllegalArgumentException("an episode needs a mode");
        }
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 4294967295, got " + seed);
        }
        if (maxSteps != null && (maxSteps < 1 || maxSteps > ScenarioValidator.MAX_STEPS)) {
            throw new IllegalArgumentException("max steps must be between 1 and " + ScenarioValidator.MAX_STEPS
                    + ", got " + maxSteps);
        }
    }

    /** The seed notebook's episode: its scripted agent on the scenario's first task. */
    public static EpisodeSettings notebook() {
        return new EpisodeSettings(EpisodeMode.NOTEBOOK, 0, false, null, null);
    }

    /** A live episode sampled from the given seed. */
    public static EpisodeSettings live(long seed) {
        return new EpisodeSettings(EpisodeMode.LIVE, seed, false, null, null);
    }

    public EpisodeSettings withSeed(long value) {
        return new EpisodeSettings(mode, value, greedy, task, maxSteps);
    }

    public EpisodeSettings withGreedy(boolean value) {
        return new EpisodeSettings(mode, seed, value, task, maxSteps);
    }

    public EpisodeSettings withTask(Task value) {
        return new EpisodeSettings(mode, seed, greedy, value, maxSteps);
    }

    /** The task this episode runs on the scenario. */
    public Task taskIn(Scenario scenario) {
        return task == null ? scenario.tasks().get(0) : task;
    }

    /** Runs the episode. */
    public Trajectory run(Scenario scenario, Policy policy) {
        int steps = maxSteps == null ? scenario.maxSteps() : maxSteps;
        if (mode == EpisodeMode.NOTEBOOK) {
            return scenario.runNotebook(taskIn(scenario), policy, steps);
        }
        return scenario.runLive(taskIn(scenario), policy, chooser(), steps);
    }

    /**
     * Runs the scenario's traditional single-turn contrast with the same mode, task and seed (its live sampling starts
     * from a fresh stream of the same seed), to show beside {@link #run}; the step limit does not apply to one turn.
     *
     * @return empty when the scenario has no contrast
     */
    public Optional<Trajectory> runContrast(Scenario scenario, Policy policy) {
        return scenario.contrast().map(contrast -> mode == EpisodeMode.NOTEBOOK
                ? contrast.runNotebook(taskIn(scenario), policy)
                : contrast.runLive(taskIn(scenario), policy, chooser()));
    }

    private TokenChooser chooser() {
        return greedy ? TokenChooser.greedy() : TokenChooser.sampling(new NumpyRandom(seed));
    }
}

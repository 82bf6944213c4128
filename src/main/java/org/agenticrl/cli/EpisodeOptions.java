package org.agenticrl.cli;

import java.util.List;
import java.util.stream.Stream;
import org.agenticrl.engine.Identified;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioValidator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options that choose an episode, shared by {@code episode} and {@code losses}. */
public final class EpisodeOptions {
    @Option(names = "--mode", paramLabel = "notebook|live", defaultValue = "notebook",
            description = "notebook: the seed's scripted agent; live: the policy writes every action (default ${DEFAULT-VALUE})")
    String mode;
    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "numpy seed of live sampling, 0 to 4294967295 (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--greedy", description = "live mode: always take the most probable token")
    boolean greedy;
    @Option(names = "--task", paramLabel = "TEXT", description = "the task (with --answer); default: the scenario's first")
    String task;
    @Option(names = "--answer", paramLabel = "TEXT", description = "the answer the outcome reward expects (with --task)")
    String answer;
    @Option(names = "--max-steps", paramLabel = "M", description = "step limit, 1 to 20 (default: the scenario's)")
    Integer maxSteps;
    @Option(names = "--temperature", paramLabel = "T", defaultValue = "1",
            description = "softmax temperature, 0.01 to 5 (default ${DEFAULT-VALUE})")
    double temperature;
    @Option(names = "--contrast", description = "run the scenario's traditional single-turn model instead of its agent "
            + "(e.g. traditional-vs-agentic)")
    boolean contrast;

    EpisodeMode mode(CommandSpec spec) {
        return switch (mode) {
            case "notebook" -> EpisodeMode.NOTEBOOK;
            case "live" -> EpisodeMode.LIVE;
            default -> throw Arguments.invalid(spec, "--mode must be notebook or live, got '" + mode + "'");
        };
    }

    /**
     * The validated settings; usage errors name the option. --seed and --greedy given with notebook mode (the default)
     * are refused, since the scripted agent samples nothing and would silently ignore them.
     */
    EpisodeSettings settings(CommandSpec spec) {
        List<String> liveOnly = Stream.of("--seed", "--greedy")
                .filter(spec.commandLine().getParseResult()::hasMatchedOption).toList();
        if (mode(spec) == EpisodeMode.NOTEBOOK && !liveOnly.isEmpty()) {
            throw Arguments.invalid(spec, String.join(" and ", liveOnly) + (liveOnly.size() == 1 ? " applies" : " apply")
                    + " to live episodes; add --mode live");
        }
        Arguments.inRange(spec, "--seed", seed, 0, 0xffffffffL);
        Arguments.inRange(spec, "--temperature", temperature, Policy.MIN_TEMPERATURE, Policy.MAX_TEMPERATURE);
        if (maxSteps != null) {
            Arguments.inRange(spec, "--max-steps", maxSteps, 1, ScenarioValidator.MAX_STEPS);
        }
        if ((task == null) != (answer == null)) {
            throw Arguments.invalid(spec, "--task and --answer go together: give both or neither");
        }
        if (task != null && (task.isBlank() || answer.isBlank())) {
            throw Arguments.invalid(spec, "--task and --answer must not be empty");
        }
        return new EpisodeSettings(mode(spec), seed, greedy, task == null ? null : new Task(task, answer), maxSteps);
    }

    /** The scenario's pre-trained policy at the --temperature. */
    Policy policy(Scenario scenario) {
        return scenario.pretrainedPolicy().withTemperature(temperature);
    }

    /** The episode these options ask for: the agent's, or with --contrast the scenario's single-turn model's. */
    Trajectory run(CommandSpec spec, EpisodeSettings settings, Scenario scenario, Policy policy) {
        if (!contrast) {
            return settings.run(scenario, policy);
        }
        return settings.runContrast(scenario, policy).orElseThrow(() -> Arguments.invalid(spec,
                "--contrast: " + scenario.id() + " has no traditional single-turn contrast"));
    }

    /** Parses a variant id, failing as a usage error that lists the ids. */
    static <E extends Enum<E> & Identified> E variant(CommandSpec spec, Class<E> type, String id, String kind) {
        try {
            return Identified.fromId(type, id, kind);
        } catch (IllegalArgumentException e) {
            throw Arguments.invalid(spec, e.getMessage());
        }
    }
}

package org.agenticrl.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.export.EpisodeDocument;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.policy.Policy;
import org.agenticrl.engine.reward.RewardFormat;
import org.agenticrl.engine.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code episode}: one agent episode, printed as the seed's run_episode prints it, or as JSON. */
@Command(name = "episode", mixinStandardHelpOptions = true,
        description = "Run one episode: observe, act, call a tool, get rewards; then the outcome.")
final class EpisodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ScenarioOption scenarioOption;
    @Mixin
    EpisodeOptions episodeOptions;
    @Mixin
    Output output;

    /** The seed's own printout of run_episode, with each step's log-probability added. */
    static String text(Trajectory trajectory) {
        String line = System.lineSeparator();
        StringBuilder text = new StringBuilder("Task: " + trajectory.task().prompt() + line + "=".repeat(50) + line);
        for (EpisodeStep step : trajectory.steps()) {
            text.append(line).append("Step ").append(step.number()).append(':').append(line)
                    .append("  LLM: '").append(step.text()).append("'  (log \u03c0 = ")
                    .append(String.format("%.2f", step.logProb())).append(')').append(line)
                    .append("  Tool: ").append(step.tool() == null ? "none" : step.tool() + "(" + step.toolInput() + ")")
                    .append(" -> ").append(step.toolOutput()).append(line)
                    .append("  Reward: ").append(RewardFormat.signed(round1(step.processReward().reward())))
                    .append(' ').append(pythonList(step.processReward().reasons())).append(line);
        }
        text.append(line).append("=".repeat(50)).append(line)
                .append("Final Answer: ").append(trajectory.finalAnswer() == null ? "none" : trajectory.finalAnswer())
                .append(" -> ").append(trajectory.outcome().message()).append(" (")
                .append(RewardFormat.signed(trajectory.outcome().reward())).append(')').append(line)
                .append("Total Reward: ").append(RewardFormat.signed(round1(trajectory.totalReward())));
        return text.toString();
    }

    private static String pythonList(List<String> items) {
        return items.stream().map(item -> "'" + item + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Override
    public Integer call() throws Exception {
        var settings = episodeOptions.settings(spec);
        Scenario scenario = scenarioOption.load();
        Policy policy = scenario.pretrainedPolicy().withTemperature(episodeOptions.temperature);
        Trajectory trajectory = settings.run(scenario, policy);
        output.print(spec.commandLine().getOut(), EpisodeDocument.of(trajectory, scenario.vocabulary()), () -> text(trajectory));
        return 0;
    }
}

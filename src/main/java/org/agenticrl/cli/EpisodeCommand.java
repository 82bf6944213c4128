package org.agenticrl.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.EpisodeMode;
import org.agenticrl.engine.episode.EpisodeStep;
import org.agenticrl.engine.episode.Trajectory;
import org.agenticrl.engine.export.EpisodeDocument;

import org.agenticrl.engine.scenario.EpisodeSettings;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.text.NumberStyle;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code episode}: one agent episode, printed as the seed's run_episode prints it, or as JSON. */
@Command(name = "episode", mixinStandardHelpOptions = true,
        description = "Run one episode: observe, act, call a tool, get rewards; then the outcome.")
final class EpisodeCommand extends ScenarioCommand {
    @Mixin
    EpisodeOptions episodeOptions;

    /**
     * The seed's own printout of run_episode, with each step's log-probability added, and its note and capabilities
     * where it has them.
     *
     * @param notes one per step, where the step has one
     */
    static String text(Trajectory trajectory, List<@Nullable String> notes) {
        String line = System.lineSeparator();
        StringBuilder text = new StringBuilder("Task: " + trajectory.task().prompt() + line + "=".repeat(50) + line);
        for (EpisodeStep step : trajectory.steps()) {
            text.append(line).append("Step ").append(step.number()).append(':').append(line);
            String note = notes.get(step.number() - 1);
            if (note != null) {
                text.append("  Note: ").append(note).append(line);
            }
            text.append("  LLM: '").append(step.text()).append("'  (log \u03c0 = ")
                    .append(NumberStyle.TERMINAL.fixed(step.logProb(), 2)).append(')').append(line)
                    .append("  Tool: ").append(step.tool() == null ? "none" : step.tool() + "(" + step.toolInput() + ")")
                    .append(" -> ").append(step.toolOutput()).append(line)
                    .append("  Reward: ").append(NumberStyle.TERMINAL.reward(round1(step.processReward().reward())))
                    .append(' ').append(pythonList(step.processReward().reasons())).append(line);
            if (!step.capabilities().isEmpty()) {
                text.append("  Capabilities: ").append(step.capabilities().stream().map(Capability::label)
                        .collect(Collectors.joining(", "))).append(line);
            }
        }
        text.append(line).append("=".repeat(50)).append(line)
                .append("Final Answer: ").append(trajectory.finalAnswer() == null ? "none" : trajectory.finalAnswer())
                .append(" -> ").append(trajectory.outcome().message()).append(" (")
                .append(NumberStyle.TERMINAL.reward(trajectory.outcome().reward())).append(')').append(line)
                .append("Total Reward: ").append(NumberStyle.TERMINAL.reward(round1(trajectory.totalReward())));
        return text.toString();
    }

    private static String pythonList(List<String> items) {
        return items.stream().map(item -> "'" + item + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Override
    public Integer call() throws Exception {
        EpisodeSettings settings = episodeOptions.settings(spec);
        Scenario scenario = scenarioOption.load();
        Trajectory trajectory = episodeOptions.run(spec, settings, scenario, episodeOptions.policy(scenario));
        boolean scripted = settings.mode() == EpisodeMode.NOTEBOOK && !episodeOptions.contrast;
        EpisodeDocument document = EpisodeDocument.of(trajectory, scenario, scripted);
        output.print(spec.commandLine().getOut(), document,
                () -> text(trajectory, document.steps().stream().map(EpisodeDocument.Step::note).toList()));
        return 0;
    }
}

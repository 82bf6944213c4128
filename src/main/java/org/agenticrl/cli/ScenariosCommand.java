package org.agenticrl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.agenticrl.engine.episode.Capability;
import org.agenticrl.engine.episode.Task;
import org.agenticrl.engine.scenario.Contrast;
import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioLoader;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scenarios}: the built-in scenarios in menu order, and the legend of the capability tags. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the built-in scenarios: id, title, description, tools, tasks and the capabilities they use.")
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    Output output;

    /** One built-in in the JSON output; contrast is the title of its single-turn contrast, if any. */
    record ScenarioJson(String id, String title, String description, List<String> tools, List<Task> tasks,
                        List<String> capabilities, int scriptSteps, @Nullable String contrast) {
    }

    @Override
    public Integer call() throws Exception {
        List<ScenarioJson> scenarios = new ArrayList<>();
        for (String id : ScenarioLoader.BUILT_IN) {
            Scenario scenario = ScenarioLoader.builtIn(id);
            scenarios.add(new ScenarioJson(id, scenario.title(), scenario.description(),
                    scenario.runner().environment().toolbox().signatures(), scenario.tasks(),
                    scenario.capabilities().stream().map(Capability::id).toList(), scenario.scriptLength(),
                    scenario.contrast().map(Contrast::title).orElse(null)));
        }
        output.print(spec.commandLine().getOut(), scenarios, () -> text(scenarios));
        return 0;
    }

    private static String text(List<ScenarioJson> scenarios) {
        String line = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        for (ScenarioJson scenario : scenarios) {
            text.append(scenario.id()).append(": ").append(scenario.title()).append(line)
                    .append("  ").append(scenario.description()).append(line)
                    .append("  tools: ").append(String.join(", ", scenario.tools())).append(line)
                    .append("  tasks: ").append(scenario.tasks().stream().map(t -> t.prompt() + " -> " + t.answer())
                            .collect(Collectors.joining("; "))).append(line)
                    .append("  capabilities: ").append(scenario.capabilities().stream()
                            .map(id -> Capability.fromId(id).label()).collect(Collectors.joining(", "))).append(line)
                    .append("  notebook steps: ").append(scenario.scriptSteps()).append(line);
            if (scenario.contrast() != null) {
                text.append("  contrast: ").append(scenario.contrast()).append(" (--contrast)").append(line);
            }
            text.append(line);
        }
        text.append("Capabilities (seed section 3):");
        for (Capability capability : Capability.values()) {
            text.append(line)
                    .append(String.format(Locale.ROOT, "  %-17s %s", capability.label(), capability.description()));
        }
        return text.toString();
    }
}

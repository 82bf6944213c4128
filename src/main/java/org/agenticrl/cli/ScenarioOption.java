package org.agenticrl.cli;

import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.ScenarioLoader;
import picocli.CommandLine.Option;

/** {@code --scenario ID|PATH}: which world the command runs in; the seed notebook's by default. */
public final class ScenarioOption {
    @Option(names = "--scenario", paramLabel = "ID|PATH",
            description = "a built-in scenario id or a scenario JSON file (default: ${DEFAULT-VALUE})",
            defaultValue = "seed-calculator")
    String scenario;

    Scenario load() throws ScenarioException {
        return ScenarioLoader.resolve(scenario);
    }
}

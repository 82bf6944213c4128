package org.agenticrl.cli;

import org.agenticrl.engine.scenario.Scenario;
import org.agenticrl.engine.scenario.ScenarioException;
import org.agenticrl.engine.scenario.ScenarioLoader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --scenario ID|PATH}: which world the command runs in; the seed notebook's by default. */
public final class ScenarioOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;
    @Option(names = "--scenario", paramLabel = "ID|PATH",
            description = "a built-in scenario id or a scenario JSON file (default: ${DEFAULT-VALUE})",
            defaultValue = "seed-calculator")
    String scenario;

    Scenario load() throws ScenarioException {
        return resolve(spec, scenario);
    }

    /**
     * The built-in scenario with this id, or else the scenario file at this path.
     *
     * @throws picocli.CommandLine.ParameterException when the value is blank, listing the built-in ids (the empty path
     *                                                would otherwise name the working directory)
     * @throws ScenarioException as {@link ScenarioLoader#resolve}
     */
    static Scenario resolve(CommandSpec spec, String idOrPath) throws ScenarioException {
        if (idOrPath.isBlank()) {
            throw Arguments.invalid(spec, "--scenario needs a built-in id ("
                    + String.join(", ", ScenarioLoader.BUILT_IN) + ") or a file path");
        }
        return ScenarioLoader.resolve(idOrPath);
    }
}

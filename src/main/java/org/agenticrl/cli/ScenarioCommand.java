package org.agenticrl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A headless command that runs in a scenario and prints text or JSON: it has {@code --scenario}, {@code --json} and
 * its picocli spec (for usage errors that name the command).
 */
abstract class ScenarioCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ScenarioOption scenarioOption;
    @Mixin
    Output output;
}

package org.agenticrl.cli;

import java.util.List;
import org.agenticrl.engine.environment.tools.Tool;
import org.agenticrl.engine.environment.tools.ToolResult;
import org.agenticrl.engine.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tool NAME ARGUMENT}: runs one of the scenario's tools and prints its output line. */
@Command(name = ToolCommand.NAME, mixinStandardHelpOptions = true,
        description = {"Run a tool, e.g. tool calculate \"5 + 3\".",
            "The input may start with a minus sign (tool calculate -5+3); after -- every word is input, even one "
                    + "spelt like an option (tool search -- --help)."})
final class ToolCommand extends ScenarioCommand {
    static final String NAME = "tool";

    @Parameters(index = "0", paramLabel = "NAME", description = "the tool's name, e.g. calculate")
    String name;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ARGUMENT", description = "the tool's input")
    List<String> argument;

    /** The JSON output. */
    record ToolJson(String tool, String argument, String output, boolean ok) {
    }

    @Override
    public Integer call() throws Exception {
        Scenario scenario = scenarioOption.load();
        Tool tool = scenario.runner().environment().toolbox().find(name).orElseThrow(() -> Arguments.invalid(spec,
                "no tool named '" + name + "' in " + scenario.id() + "; tools: "
                        + String.join(", ", scenario.runner().environment().toolbox().signatures())));
        String input = tool.argumentStyle().normalize(String.join(" ", argument));
        ToolResult result = tool.run(input);
        output.print(spec.commandLine().getOut(), new ToolJson(name, input, result.output(), result.ok()), result::output);
        return 0;
    }
}

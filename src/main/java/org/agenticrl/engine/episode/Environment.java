package org.agenticrl.engine.episode;

import java.util.List;
import java.util.Optional;
import org.agenticrl.engine.environment.ActionParser;
import org.agenticrl.engine.environment.Observation;
import org.agenticrl.engine.environment.ParsedAction;
import org.agenticrl.engine.environment.tools.Tool;
import org.agenticrl.engine.environment.tools.ToolResult;
import org.agenticrl.engine.environment.tools.Toolbox;
import org.agenticrl.engine.reward.OutcomeReward;
import org.agenticrl.engine.reward.ProcessRewardModel;
import org.agenticrl.engine.reward.StepFacts;
import org.agenticrl.engine.reward.StepStatus;

/**
 * The world around the agent: the tools, the parser that turns text into a call, and the two reward functions.
 * Immutable and stateless; the episode's state lives in {@link EpisodeRunner}.
 */
public final class Environment {
    private final Toolbox toolbox;
    private final ActionParser parser;
    private final ProcessRewardModel processRewards;
    private final OutcomeReward outcomeReward;

    public Environment(Toolbox toolbox, ProcessRewardModel processRewards, OutcomeReward outcomeReward) {
        this.toolbox = toolbox;
        this.parser = toolbox.parser();
        this.processRewards = processRewards;
        this.outcomeReward = outcomeReward;
    }

    public Toolbox toolbox() {
        return toolbox;
    }

    public ActionParser parser() {
        return parser;
    }

    public ProcessRewardModel processRewards() {
        return processRewards;
    }

    public OutcomeReward outcomeReward() {
        return outcomeReward;
    }

    /** The observation text for a task, the accumulated tool outputs and the memory retrieved so far. */
    public String observe(String task, String context, List<String> memory) {
        return Observation.create(task, context, toolbox.signatures(), memory);
    }

    /**
     * What happens when the agent writes this text: the parsed call, the tool run (if any) and its status.
     *
     * @param finishes true when the call submitted the final answer
     */
    public record Outcome(ParsedAction parsed, String tool, String input, ToolResult result, StepStatus status,
                          boolean finishes) {
        public StepFacts facts(String text) {
            return new StepFacts(text, tool, result.output(), status);
        }
    }

    /** Parses the text and runs the called tool. Never throws. */
    public Outcome act(String text) {
        ParsedAction parsed = parser.parse(text);
        if (parsed instanceof ParsedAction.Unparseable unparseable) {
            return new Outcome(parsed, null, "", ToolResult.error(unparseable.reason()), StepStatus.UNPARSEABLE, false);
        }
        ParsedAction.ToolCall call = (ParsedAction.ToolCall) parsed;
        Optional<Tool> tool = toolbox.find(call.tool());
        if (tool.isEmpty()) {
            return new Outcome(parsed, call.tool(), call.argument(), ToolResult.error("unknown tool"),
                    StepStatus.UNKNOWN_TOOL, false);
        }
        ToolResult result = tool.get().run(call.argument());
        return new Outcome(parsed, call.tool(), call.argument(), result,
                result.ok() ? StepStatus.OK : StepStatus.TOOL_ERROR, tool.get().isFinish());
    }
}

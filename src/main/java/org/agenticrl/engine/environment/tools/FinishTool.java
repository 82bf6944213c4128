package org.agenticrl.engine.environment.tools;

import org.agenticrl.engine.environment.ArgumentStyle;

/** Submits the final answer: "ANSWER: x", as the seed's {@code finish}. The argument is the answer. */
public record FinishTool(String name, String signature) implements Tool {
    @Override
    public ArgumentStyle argumentStyle() {
        return ArgumentStyle.WORDS;
    }

    @Override
    public ToolResult run(String argument) {
        return ToolResult.ok("ANSWER: " + argument);
    }

    @Override
    public boolean isFinish() {
        return true;
    }
}

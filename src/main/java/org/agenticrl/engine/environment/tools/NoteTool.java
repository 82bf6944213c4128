package org.agenticrl.engine.environment.tools;

import org.agenticrl.engine.environment.ArgumentStyle;

/**
 * Writes down a thought: a plan, a comparison, a reflection. Nothing is computed; the output is the template with the
 * argument in it ("Plan: {input}" gives "Plan: price earnings P/E analyze"), so the step shows in the timeline, the
 * next observation carries it in its context, and the scenario says which capability it exercises. An empty note is
 * an error.
 *
 * @param template mentions {@link ToolTemplate#INPUT}
 */
public record NoteTool(String name, String signature, ToolTemplate template) implements Tool {
    @Override
    public ArgumentStyle argumentStyle() {
        return ArgumentStyle.WORDS;
    }

    @Override
    public ToolResult run(String argument) {
        if (argument.isBlank()) {
            return ToolResult.error("empty note");
        }
        return ToolResult.ok(template.fill(argument, ""));
    }
}

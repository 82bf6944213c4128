package org.agenticrl.engine.environment.tools;

import org.agenticrl.engine.environment.ArgumentStyle;

/**
 * Writes down a thought: a plan, a comparison, a reflection. Nothing is computed; the output is the template with the
 * argument in it ("Plan: {input}" gives "Plan: price earnings P/E analyze"), so the step shows in the timeline, the
 * next observation carries it in its context, and the scenario says which capability it exercises. An empty note is
 * an error.
 */
public final class NoteTool implements Tool {
    private final String name;
    private final String signature;
    private final ToolTemplate template;

    /** @param template mentions {@link ToolTemplate#INPUT} */
    public NoteTool(String name, String signature, ToolTemplate template) {
        this.name = name;
        this.signature = signature;
        this.template = template;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String signature() {
        return signature;
    }

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

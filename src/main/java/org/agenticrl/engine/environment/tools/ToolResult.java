package org.agenticrl.engine.environment.tools;

import java.util.List;

/**
 * What a tool printed, whether it worked, and any memory entries it brought back.
 *
 * @param output the tool's output line, e.g. "Result: 8" or "Error: division by zero"
 * @param ok false when the tool reported an error
 * @param recalled memory entries this call retrieved (empty for every tool but memory retrieval)
 */
public record ToolResult(String output, boolean ok, List<String> recalled) {
    public ToolResult {
        recalled = List.copyOf(recalled);
    }

    public static ToolResult ok(String output) {
        return new ToolResult(output, true, List.of());
    }

    public static ToolResult error(String message) {
        return new ToolResult("Error: " + message, false, List.of());
    }
}

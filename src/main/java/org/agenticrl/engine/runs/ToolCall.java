package org.agenticrl.engine.runs;

/**
 * A tool call of a turn: the tool's name and its arguments as JSON text. A call whose arguments could not be read as
 * JSON (a {@code <tool_call>} with broken JSON in a decoded response) keeps its text as written, with the problem
 * said; {@code problem} is null for a call that was read.
 */
public record ToolCall(String name, String arguments, String problem) {
    /** Whether the arguments were read as JSON. */
    public boolean parsed() {
        return problem == null;
    }
}

package org.agenticrl.engine.environment;

/** What the action parser read out of a generated text: a tool call, or the reason there is none. */
public sealed interface ParsedAction {

    /**
     * A well-formed call {@code Action: tool( argument )}.
     *
     * @param tool the name before the parenthesis (it may name no tool the environment has)
     * @param argument the text inside the parentheses, normalised for the tool (see {@link ArgumentStyle})
     */
    record ToolCall(String tool, String argument) implements ParsedAction {
    }

    /** @param reason one sentence a student can read, e.g. "no 'Action:' in the text" */
    record Unparseable(String reason) implements ParsedAction {
    }
}

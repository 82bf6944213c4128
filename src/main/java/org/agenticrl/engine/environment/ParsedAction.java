package org.agenticrl.engine.environment;

/**
 * What became of a generated text: the action parser reads a tool call, or the reason there is none, out of an
 * agent's text; a single-turn model's text is its response.
 */
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

    /**
     * The whole text of a single-turn model (seed 001's traditional LLM), which is its answer: no tool is called.
     *
     * @param answer the text without its closing stop token; empty when the model wrote nothing else
     */
    record Response(String answer) implements ParsedAction {
    }
}

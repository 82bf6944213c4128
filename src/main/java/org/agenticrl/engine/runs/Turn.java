package org.agenticrl.engine.runs;

import java.util.List;

/**
 * One turn of a sample's conversation, as the Episode tab draws a step: who spoke ({@code system}, {@code user},
 * {@code assistant}, or for a turn the environment began with an observation, the observation), what it saw before
 * it acted when the format records that apart from the conversation, what it wrote, the tool calls it made, what
 * the tools answered, and the turn's reward (a process reward; null where the format logs none). Any part a format
 * does not record is null (or, for the tool calls, empty).
 */
public record Turn(String role, String observation, String text, List<ToolCall> toolCalls, String toolResult,
                   Double reward) {
    public Turn {
        toolCalls = List.copyOf(toolCalls);
    }

    /** A turn that only says something: no observation, no tool call, no result, no reward. */
    static Turn said(String role, String text) {
        return new Turn(role, null, text, List.of(), null, null);
    }
}

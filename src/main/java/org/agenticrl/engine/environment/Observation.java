package org.agenticrl.engine.environment;

import java.util.List;

/** The text the agent sees before each step, built exactly as the seed's {@code create_observation}. */
public final class Observation {
    private Observation() {
    }

    /**
     * @param task the task sentence
     * @param context the accumulated tool outputs, each preceded by a space as the seed builds it; empty at the start
     * @param toolSignatures e.g. {@code calculate(expr)}
     * @param memory memory entries retrieved so far, shown on a line of their own when there are any (not in the seed)
     */
    public static String create(String task, String context, List<String> toolSignatures, List<String> memory) {
        StringBuilder text = new StringBuilder();
        text.append("Task: ").append(task).append('\n');
        text.append("Tools: ").append(String.join(", ", toolSignatures)).append('\n');
        if (!context.isEmpty()) {
            text.append("Previous: ").append(context).append('\n');
        }
        if (!memory.isEmpty()) {
            text.append("Memory: ").append(String.join("; ", memory)).append('\n');
        }
        text.append("Format: I need to... Action: tool(input)");
        return text.toString();
    }

    /** What a single-turn model sees: the task alone, with no tools, no context, no memory and no action format. */
    public static String singleTurn(String task) {
        return "Task: " + task;
    }
}

package org.agenticrl.engine.environment.tools;

import org.agenticrl.engine.environment.ArgumentStyle;

/** An external function the agent can call. Implementations never throw from {@link #run}: failures are results. */
public interface Tool {
    /** The name the agent writes before the parenthesis, e.g. "calculate". */
    String name();

    /** How the tool is listed in the observation, e.g. "calculate(expr)". */
    String signature();

    ArgumentStyle argumentStyle();

    /** Runs the tool on an argument already normalised by {@link #argumentStyle()}; never throws. */
    ToolResult run(String argument);

    /** Whether calling this tool submits the final answer and ends the episode. */
    default boolean isFinish() {
        return false;
    }
}

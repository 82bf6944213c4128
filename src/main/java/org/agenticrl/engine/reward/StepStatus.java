package org.agenticrl.engine.reward;

/** How an agent step's action went, as far as the environment can tell. */
public enum StepStatus {
    /** A known tool ran and did not report an error. */
    OK,
    /** A known tool ran and reported an error, e.g. the calculator on "5/0". */
    TOOL_ERROR,
    /** The text held a well-formed call of a tool the environment does not have. */
    UNKNOWN_TOOL,
    /** The text held no well-formed {@code Action: tool(input)} call. */
    UNPARSEABLE
}
